using System.Globalization;
using System.Text;
using FactBot.Benchmarks.Commands;
using FactBot.Benchmarks.Infrastructure;
using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Watchlists;

namespace FactBot.Benchmarks.Startup;

/// <summary>
/// Start-up after a restart with 1,000,000 stored posts: the detectors are rebuilt by reading every post of the
/// look-back window from a LiteDB file in store order, with a journaled step per hour, through the real composition.
/// Target: under 10 s.
/// </summary>
internal sealed class StartupBench : IBench
{
    private const int Targets = 10_000;
    private const int Days = 7;
    private const int Runs = 3;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(10);
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "startup";

    public string Description => "detector rebuild at start-up from 1M stored posts (10k targets, a journaled step per hour)";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var posts = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_POSTS"), CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var folder = BenchContext.CreateTempDirectory(Name);
        var corpus = new SyntheticCorpus(Targets, seed: 20240301);
        try
        {
            await using (var world = BenchWorld.Create(folder))
            {
                world.KeepFiles = true;
                await context.Log.WriteLineAsync($"storing {posts:N0} posts over {Targets:N0} targets, {Days} days");
                await world.FillAsync(corpus, corpus.Posts(Start, Days, posts), context.Log, ct);
                await JournalHourlyStepsAsync(world.Get<IPostStore>(), world.Get<IDetectionJournal>(), ct);
            }

            var times = new List<TimeSpan>();
            long replayed = 0;
            for (var run = 0; run < Runs; run++)
            {
                var started = TimeProvider.System.GetTimestamp();
                await using var world = BenchWorld.Create(folder);
                world.KeepFiles = true;
                await world.Get<WatchlistRegistry>().ReloadAsync(ct);
                replayed = await world.Get<DetectionEngine>().EnsureRebuiltAsync(world.Get<IPostStore>(), world.Get<IngestOptions>().WarmUp, ct);
                times.Add(TimeProvider.System.GetElapsedTime(started));
                await context.Log.WriteLineAsync($"run {run + 1}: {Stats.Format(times[^1])} ({replayed:N0} posts replayed)");
            }

            var median = Stats.Median(times);
            var md = new StringBuilder();
            md.AppendLine(CultureInfo.InvariantCulture, $"Start-up (open the store, load watchlists, rebuild the detectors) with {posts:N0} stored posts over {Targets:N0} targets, {Days} days, a journaled detector step per hour; {Runs} runs, each a fresh composition on the same LiteDB file.");
            md.AppendLine();
            md.AppendLine("| posts replayed | median | runs | target | met |");
            md.AppendLine("|---|---|---|---|---|");
            md.AppendLine(CultureInfo.InvariantCulture,
                $"| {replayed:N0} | {Stats.Format(median)} | {Stats.Spread(times)} | < {Target.TotalSeconds:0} s | {(median < Target ? "yes" : "**no**")} |");
            md.AppendLine();
            md.AppendLine(CultureInfo.InvariantCulture, $"Load average during the runs: {MachineInfo.LoadAverage()}.");
            return new BenchReport(md.ToString(), Passed: replayed == posts);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>What the bin-close job would have journaled: a step at each hour, after the posts stored before it.</summary>
    private static async Task JournalHourlyStepsAsync(IPostStore store, IDetectionJournal journal, CancellationToken ct)
    {
        long after = 0;
        long hour = long.MinValue;
        while (await store.ReadAfterSequenceAsync(after, 10_000, ct) is { Count: > 0 } page)
        {
            foreach (var (sequence, post) in page)
            {
                var postHour = post.CreatedAt.UtcTicks / TimeSpan.TicksPerHour;
                if (postHour > hour && hour != long.MinValue)
                    await journal.AppendAsync(new DetectionMark(sequence - 1, new DateTimeOffset(postHour * TimeSpan.TicksPerHour, TimeSpan.Zero)), ct);
                hour = Math.Max(hour, postHour);
                after = sequence;
            }
        }
    }
}
