namespace FactBot.Telegram.Api;

/// <summary>Who the bot is (from getMe at start-up): its username tells our <c>/cmd@name</c> from other bots'.</summary>
internal sealed class BotIdentity
{
    private volatile string? _username;

    /// <summary>Null until the poller has asked; commands are then accepted whatever their @suffix.</summary>
    public string? Username
    {
        get => _username;
        set => _username = value;
    }
}
