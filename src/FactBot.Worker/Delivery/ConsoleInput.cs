namespace FactBot.Worker.Delivery;

/// <summary>Where the interactive console reads lines: stdin in the app (piped input works), a StringReader in tests.</summary>
internal sealed class ConsoleInput(TextReader reader)
{
    public TextReader Reader { get; } = reader;
}
