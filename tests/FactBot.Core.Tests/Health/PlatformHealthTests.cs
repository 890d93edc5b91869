using FactBot.Core.Health;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Health;

public sealed class PlatformHealthTests
{
    private const string Check = "Discord:ApiBaseUrl, FACTBOT__Discord__Token and this machine's network";
    private readonly FakeTimeProvider _time = new(PostBuilder.Epoch);
    private readonly ListLogger _log = new();

    private PlatformHealth CreateSut() => new(_time, _log);

    [Fact]
    public void Failed_ForMinutes_LogsAtTheFirstFailureThenWithDoublingGapsNamingTheSettings()
    {
        var sut = CreateSut();

        // A failed call every 10 s for 8 minutes.
        for (var second = 0; second < 8 * 60; second += 10)
        {
            sut.Failed("discord", "GET /gateway/bot failed: Connection refused", Check);
            _time.Advance(TimeSpan.FromSeconds(10));
        }

        // Logged at 0, 1, 3 and 7 minutes: not 48 times, and not never.
        Assert.Equal(4, _log.Lines.Count);
        Assert.All(_log.Lines, l => Assert.Equal(LogLevel.Warning, l.Level));
        Assert.StartsWith("discord unreachable for 0 min (1 failed call(s)): GET /gateway/bot failed: Connection refused. Check Discord:ApiBaseUrl", _log.Lines[0].Text, StringComparison.Ordinal);
        Assert.Contains("unreachable for 7 min", _log.Lines[3].Text, StringComparison.Ordinal);
        var outage = Assert.Single(sut.Outages);
        Assert.Equal(PostBuilder.Epoch, outage.Since);
        Assert.Equal(48, outage.Failures);
    }

    [Fact]
    public void Succeeded_AfterAnOutage_SaysSoOnceAndClearsIt_AndANewOutageLogsAtOnceAgain()
    {
        var sut = CreateSut();
        sut.Failed("telegram", "503", Check);
        _time.Advance(TimeSpan.FromMinutes(3));

        sut.Succeeded("telegram");
        sut.Succeeded("telegram");
        sut.Failed("telegram", "503", Check);

        Assert.Equal(_time.GetUtcNow(), Assert.Single(sut.Outages).Since);
        Assert.Equal(3, _log.Lines.Count);
        Assert.Equal((LogLevel.Information, "telegram reachable again after 3 min (1 failed call(s))"), (_log.Lines[1].Level, _log.Lines[1].Text));
    }

    [Fact]
    public async Task Fatal_KeepsTheFirstReasonAndLogsItOnceAsCritical()
    {
        var sut = CreateSut();

        sut.Fatal("discord", "Discord rejected the bot token (401). Set FACTBOT__Discord__Token");
        sut.Fatal("discord", "another");

        Assert.Equal("discord: Discord rejected the bot token (401). Set FACTBOT__Discord__Token", sut.FatalError);
        Assert.Equal(sut.FatalError, await sut.WhenFatal);
        var line = Assert.Single(_log.Lines);
        Assert.Equal(LogLevel.Critical, line.Level);
    }

    private sealed class ListLogger : ILogger<PlatformHealth>
    {
        public List<(LogLevel Level, string Text)> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Lines.Add((logLevel, formatter(state, exception)));
    }
}
