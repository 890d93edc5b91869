using System.Globalization;
using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Issue 3 §6(b): streaming ingest + detection throughput and peak memory on a generated stream of 5,000,000 posts
/// over 10,000 watched targets, fed in memory through Core's detection path as the ingest pipeline does after
/// storing. Targets: ≥ 200,000 posts/s and peak memory under 500 MB. A second pass takes the engine apart to say
/// where the time goes. FACTBOT_BENCH_POSTS scales the stream for a quick check; FACTBOT_BENCH_PROFILE=0 skips the
/// second pass, FACTBOT_BENCH_PROFILE_POSTS sizes it.
/// </summary>
internal sealed class StreamingBench : IBench
{
    public const int DefaultPosts = 5_000_000;
    public const int Days = 8;
    private const int Seed = 20240304;
    private static readonly DateTimeOffset Start = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);

    public string Name => "streaming";

    public string Description => "ingest + detection throughput (posts/s) and peak memory, 5M generated posts over 10k targets";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var posts = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_POSTS"), CultureInfo.InvariantCulture, out var n) ? n : DefaultPosts;
        var profile = Environment.GetEnvironmentVariable("FACTBOT_BENCH_PROFILE") != "0";
        var scenario = new StreamScenario(Start, Days, Seed);
        var log = context.Log;

        await log.WriteLineAsync($"streaming {posts:N0} posts over {StreamScenario.TargetCount:N0} targets, {Days} virtual days (load: {MachineInfo.LoadAverage()})");
        var load = MachineInfo.LoadAverage();
        StreamRun run;
        await using (var world = await DetectionWorld.CreateAsync(scenario, ct))
            run = await StreamRun.MeasureAsync(world, new PostStream(scenario, posts, Seed), log, ct);
        var recall = PlantedRecall.Of(scenario, run.Tally.Alerts);

        DetectorProfile? breakdown = null;
        if (profile)
        {
            await log.WriteLineAsync("second pass: per-detector breakdown");
            await using var world = await DetectionWorld.CreateAsync(scenario, ct);
            var profilePosts = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_PROFILE_POSTS"), CultureInfo.InvariantCulture, out var p) ? p : posts;
            breakdown = await DetectorProfile.MeasureAsync(world, new PostStream(scenario, profilePosts, Seed), ct) with { Posts = profilePosts };
        }

        return StreamingReport.Build(scenario, run, recall, breakdown, load, posts == DefaultPosts);
    }
}
