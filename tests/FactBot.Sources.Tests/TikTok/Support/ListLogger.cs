using Microsoft.Extensions.Logging;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>Collects every formatted log line (and exception text) into a shared list, to check what is written.</summary>
internal sealed class ListLogger<T>(List<string> lines) : ILogger<T>
{
    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        lock (lines)
            lines.Add($"{logLevel}: {formatter(state, exception)} {exception}");
    }
}
