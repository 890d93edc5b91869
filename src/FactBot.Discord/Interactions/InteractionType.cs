namespace FactBot.Discord.Interactions;

/// <summary>Interaction types and callback types FactBot handles (developers/interactions/receiving-and-responding).</summary>
internal static class InteractionType
{
    public const int Ping = 1;
    public const int ApplicationCommand = 2;
    public const int MessageComponent = 3;
    public const int Autocomplete = 4;

    public const int PongCallback = 1;
    public const int MessageCallback = 4;
    public const int DeferredMessageCallback = 5;
    public const int AutocompleteCallback = 8;
}
