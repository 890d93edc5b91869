namespace FactBot.Worker.Delivery;

/// <summary>Where console output and error messages go: stdout/stderr in the app, string writers in tests.</summary>
internal sealed class ConsoleOutput(TextWriter writer, TextWriter? error = null)
{
    public TextWriter Writer { get; } = writer;

    public TextWriter Error { get; } = error ?? Console.Error;
}
