namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>One emulator for all end-to-end classes; each test runs its own bot host with its own token.</summary>
[CollectionDefinition(Name)]
public sealed class TelegramPeerCollection : ICollectionFixture<TelegramPeer>
{
    public const string Name = "Telegram peer";
}
