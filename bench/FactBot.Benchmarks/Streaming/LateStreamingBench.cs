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

        await log.WriteLineAsync($"late: {posts:N0} posts, {share:P0} up to {MaxDelay.TotalDays} days late");
        StreamRun late;
        await using (var world = await DetectionWorld.CreateAsync(scenario, ct))
            late = await StreamRun.MeasureAsync(world, LateArrivals.Delay(new PostStream(scenario, posts, Seed).Posts(), share, MaxDelay, Seed), log, ct);
        var latePeak = MemoryProbe.PeakWorkingSet();

        await log.WriteLineAsync("in order");
        StreamRun inOrder;
        await using (var world = await DetectionWorld.CreateAsync(scenario, ct))
            inOrder = await StreamRun.MeasureAsync(world, new PostStream(scenario, posts, Seed), log, ct);
        var loadAfter = MachineInfo.LoadAverage();

        var lateRate = late.Posts / late.Detection.TotalSeconds;
        var orderRate = inOrder.Posts / inOrder.Detection.TotalSeconds;
        var ratio = lateRate / orderRate;
        var c = CultureInfo.InvariantCulture;
        var md = new System.Text.StringBuilder()
            .Append(c, $"{posts:N0} generated posts of the `streaming` scenario through the same detection path; in the late run {share:P0} of them (seeded) arrive up to {MaxDelay.TotalDays:0} days after they were made (uniform), each after the first on-time post made after its arrival, and the clock does not go back for them. Late run first, then in order, one process. Load average before: {loadBefore}; after: {loadAfter}.\n\n")
            .Append("| run | detection path | posts/s | alerts opened or re-opened | peak working set (process, after the run) |\n|---|---|---|---|---|\n")
            .Append(c, $"| late | {late.Detection.TotalSeconds:0.00} s | {lateRate:N0} | {late.Tally.Alerts.Count} | {MemoryProbe.Mib(latePeak)} |\n")
            .Append(c, $"| in order | {inOrder.Detection.TotalSeconds:0.00} s | {orderRate:N0} | {inOrder.Tally.Alerts.Count} | {MemoryProbe.Mib(MemoryProbe.PeakWorkingSet())} |\n\n")
            .Append(c, $"- Target: late throughput ≥ 80 % of in order: {ratio:P0}: {(ratio >= 0.8 ? "met" : "not met")}.\n")
            .Append(c, $"- Target: peak memory < 500 MB with late posts: {MemoryProbe.Mib(latePeak)}: {(latePeak < 500_000_000 ? "met" : "not met")} (the held late posts of the generator count in it).\n");
        return new BenchReport(md.ToString(), ratio >= 0.8 && latePeak < 500_000_000);
    }
}
