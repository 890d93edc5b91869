using FactBot.Core.Ingest;
using FactBot.Sources.Import;
using FactBot.Worker.Cli;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Worker.Tests.Cli;

public sealed class ProgressDisplayTests
{
    [Fact]
    public void Line_SaysRecordsRatePercentAndTimeLeft()
    {
        var line = ProgressDisplay.Line("import", new IngestProgress(45_000, 44_000, 900, 100), 0.25, TimeSpan.FromSeconds(30));

        Assert.Equal("import: 45,000 records, 1,500/s · 25 % of the file · about 1 min left", line);
    }

    [Fact]
    public void Line_FileReadToItsEnd_SaysTheRestIsBeingStored_AndUnknownSizeShowsNoPercent()
    {
        Assert.EndsWith("file read, storing the rest", ProgressDisplay.Line("replay", new IngestProgress(10, 10, 0, 0), 1, TimeSpan.FromSeconds(1)), StringComparison.Ordinal);
        Assert.Equal("replay: 10 records, 10/s", ProgressDisplay.Line("replay", new IngestProgress(10, 10, 0, 0), null, TimeSpan.FromSeconds(1)));
    }

    [Fact]
    public async Task RunAsync_RedirectedOutput_WritesAPlainLineEveryFewSecondsUntilTheWorkEnds()
    {
        var time = new FakeTimeProvider();
        using var error = new StringWriter();
        var sut = new ProgressDisplay("import", error, time, terminal: false);
        var finish = new TaskCompletionSource<int>();
        var path = Path.Combine(WorkerHost.RepoRoot(), "README.md");

        var run = sut.RunAsync(path, report =>
        {
            report(new IngestProgress(1_000, 1_000, 0, 0));
            return finish.Task;
        }, CancellationToken.None);
        for (var i = 0; i < 3; i++)
        {
            await Task.Delay(20);
            time.Advance(TimeSpan.FromSeconds(5));
        }

        finish.SetResult(7);
        Assert.Equal(7, await run);
        var lines = error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.InRange(lines.Length, 2, 3);
        Assert.All(lines, l => Assert.StartsWith("import: 1,000 records", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RunAsync_LiveBar_RunsTheWorkToItsEndAndReturnsItsResult()
    {
        using var error = new StringWriter();
        var sut = new ProgressDisplay("import", error, TimeProvider.System, terminal: true);

        var result = await sut.RunAsync(Path.Combine(WorkerHost.RepoRoot(), "README.md"), async report =>
        {
            report(new IngestProgress(5, 5, 0, 0));
            await Task.Delay(300);
            return 42;
        }, CancellationToken.None);

        Assert.Equal(42, result);
    }

    [Fact]
    public async Task FileReadMeter_CountsWhatTheReadersOfThisRunRead()
    {
        var path = Path.Combine(WorkerHost.RepoRoot(), "config", "demo", "fistbump.factbot.jsonl.gz");
        var meter = FileReadMeter.Start(path);
        var before = meter.Fraction;

        var source = PostFileSources.Open(path, TimeProvider.System).Value!;
        await foreach (var _ in source.ReadAsync(null))
        {
        }

        Assert.Equal(0, before);
        Assert.Equal(1, meter.Fraction);
    }
}
