using System.Globalization;
using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// The streaming bench with late arrivals: the same generated stream, once with a share of its posts (default 20 %,
/// FACTBOT_BENCH_LATE_SHARE) arriving up to two days late, once in order, in one process (the late run first, so the
/// process's peak working set after it is the late run's). Targets: late throughput ≥ 80 % of the in-order run's,
/// peak memory &lt; 500 MB. FACTBOT_BENCH_POSTS scales the stream.
/// </summary>
internal sealed class LateStreamingBench : IBench
{
    private const int Seed = 20240304;
    private static readonly DateTimeOffset Start = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(2);

    public string Name => "streaming-late";

    public string Description => "the streaming bench with a share of posts up to two days late, side by side with in order";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var posts = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_POSTS"), CultureInfo.InvariantCulture, out var n) ? n : StreamingBench.DefaultPosts;
        var share = double.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_LATE_SHARE"), CultureInfo.InvariantCulture, out var s) ? s : 0.2;
        var scenario = new StreamScenario(Start, StreamingBench.Days, Seed);
        var log = context.Log;
        var loadBefore = MachineInfo.LoadAverage();

        // Late, in order, in order, late (ABBA), so the machine's drift falls on both sides alike; the process's peak
        // working set right after the first timed (late) run is the late run's (the warm-up passes are smaller).
        var rounds = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_ROUNDS"), CultureInfo.InvariantCulture, out var r) ? r : 2;
        // One untimed pass of each kind on a tenth of the stream first, so neither timed kind pays for the JIT.
        foreach (var warm in new[] { true, false })
        {
            await using var world = await DetectionWorld.CreateAsync(scenario, ct);
            var stream = new PostStream(scenario, Math.Max(1, posts / 10), Seed).Posts();
            await StreamRun.MeasureAsync(world, warm ? LateArrivals.Delay(stream, share, MaxDelay, Seed) : stream, TextWriter.Null, ct);
        }

        var late = new List<StreamRun>();
        var inOrder = new List<StreamRun>();
        long latePeak = 0;
        for (var round = 0; round < rounds; round++)
        {
            foreach (var isLate in round % 2 == 0 ? new[] { true, false } : [false, true])
            {
                // FACTBOT_BENCH_ONLY=late (or order) runs one kind alone, for a profiler.
                if (Environment.GetEnvironmentVariable("FACTBOT_BENCH_ONLY") is { } only && only != (isLate ? "late" : "order"))
                    continue;
                await log.WriteLineAsync(isLate ? $"late: {posts:N0} posts, {share:P0} up to {MaxDelay.TotalDays} days late" : "in order");
                await using var world = await DetectionWorld.CreateAsync(scenario, ct);
                var stream = new PostStream(scenario, posts, Seed).Posts();
                var run = await StreamRun.MeasureAsync(world, isLate ? LateArrivals.Delay(stream, share, MaxDelay, Seed) : stream, log, ct);
                (isLate ? late : inOrder).Add(run);
                if (latePeak == 0)
                    latePeak = MemoryProbe.PeakWorkingSet();
            }
        }

        var loadAfter = MachineInfo.LoadAverage();
        if (late.Count == 0 || inOrder.Count == 0)
            return BenchReport.Skip("one kind of run only (FACTBOT_BENCH_ONLY)");
        var lateRate = Median(late.Select(x => x.Posts / x.Detection.TotalSeconds));
        var orderRate = Median(inOrder.Select(x => x.Posts / x.Detection.TotalSeconds));
        var ratio = lateRate / orderRate;
        var c = CultureInfo.InvariantCulture;
        var md = new System.Text.StringBuilder()
            .Append(c, $"{posts:N0} generated posts of the `streaming` scenario through the same detection path; in the late runs {share:P0} of them (seeded) arrive up to {MaxDelay.TotalDays:0} days after they were made (uniform), each after the first on-time post made after its arrival (after the last on-time post, at their arrival times: the clock runs on until the late data is in), and the clock does not go back for them; held posts wait in a temporary file, not in memory. One untimed pass of each kind on a tenth of the stream, then {rounds} rounds in one process, late / in order / in order / late. Load average before: {loadBefore}; after: {loadAfter}.\n\n")
            .Append("| run | detection path per run | posts/s (median) | alerts opened or re-opened |\n|---|---|---|---|\n")
            .Append(c, $"| late | {string.Join(", ", late.Select(x => $"{x.Detection.TotalSeconds:0.0} s"))} | {lateRate:N0} | {late[0].Tally.Alerts.Count} |\n")
            .Append(c, $"| in order | {string.Join(", ", inOrder.Select(x => $"{x.Detection.TotalSeconds:0.0} s"))} | {orderRate:N0} | {inOrder[0].Tally.Alerts.Count} |\n\n")
            .Append(c, $"- Target: late throughput ≥ 80 % of in order: {ratio:P0}: {(ratio >= 0.8 ? "met" : "not met")}.\n")
            .Append(c, $"- Target: peak memory < 500 MB with late posts: {MemoryProbe.Mib(latePeak)} (process peak working set after the first, late, run; the generator keeps the posts held back to arrive late, up to {LateArrivals.MostHeld:N0} at once, in a temporary file, as the platform would): {(latePeak < 500_000_000 ? "met" : "not met")}.\n");
        return new BenchReport(md.ToString(), ratio >= 0.8 && latePeak < 500_000_000);
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }
}
