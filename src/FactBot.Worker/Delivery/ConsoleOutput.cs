namespace FactBot.Worker.Delivery;

/// <summary>Where console messages go: stdout in the app, a StringWriter in tests.</summary>
internal sealed class ConsoleOutput(TextWriter writer)
{
    public TextWriter Writer { get; } = writer;
}
