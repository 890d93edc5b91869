using System.Globalization;
using System.Text;
using FactBot.Benchmarks.Infrastructure;
using FactBot.Core.Alerts;

namespace FactBot.Benchmarks.Commands;

/// <summary>
/// Issue 4 §7: <c>/status</c>, <c>/alerts</c> and <c>/explain</c> on a LiteDB store of 1,000,000 posts over 10,000
/// watched targets with 2,000 alerts, through the real dispatcher, p99 under 100 ms each. <c>/top</c>,
/// <c>/account</c> and <c>/status</c> with its chart drawn are timed too, for information.
/// FACTBOT_BENCH_POSTS scales the corpus down for a quick check (results are then not recorded as the real run).
/// </summary>
internal sealed class CommandsBench : IBench
{
    private const int Targets = 10_000;
    private const int AlertCount = 2_000;
    private const int Days = 14;
    private const int Runs = 1_000;
    private const double TargetP99Ms = 100;
    private const int Busiest = 100;
    private static readonly DateTimeOffset Start = new(2024, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public string Name => "commands";

    public string Description => "/status, /alerts, /explain p50/p95/p99 through the dispatcher on 1M posts, 10k targets, 2k alerts";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var posts = int.TryParse(Environment.GetEnvironmentVariable("FACTBOT_BENCH_POSTS"), CultureInfo.InvariantCulture, out var n) ? n : 1_000_000;
        var corpus = new SyntheticCorpus(Targets, seed: 20240301);
        await using var world = BenchWorld.Create(BenchContext.CreateTempDirectory(Name));
        var log = context.Log;

        await log.WriteLineAsync($"building the store: {posts:N0} posts over {Targets:N0} targets, {Days} days");
        var started = TimeProvider.System.GetTimestamp();
        var examples = await world.FillAsync(corpus, corpus.Posts(Start, Days, posts), log, ct);
        var ingest = TimeProvider.System.GetElapsedTime(started);
        var end = Start.AddDays(Days);
        world.AdvanceTo(end.AddMinutes(20));
        await world.StoreAlertsAsync(SyntheticAlerts.Create(AlertCount, corpus, examples, Start, end, seed: 7), ct);
        var build = TimeProvider.System.GetElapsedTime(started);
        await log.WriteLineAsync($"store built in {Stats.Format(build)} ({world.DatabaseBytes() / 1024.0 / 1024.0:F0} MiB); timing commands");

        var targets = corpus.Targets.Select(t => t.Key).ToList();
        var ids = Enumerable.Range(0, AlertCount).Select(i => "A-" + (0x100000 + i).ToString("X6", CultureInfo.InvariantCulture)).ToList();
        string Any(Random r) => targets[r.Next(targets.Count)];
        string Busy(Random r) => targets[r.Next(Busiest)];
        LatencyCase[] cases =
        [
            new("/status <target>", r => $"/status {Any(r)}", Runs),
            new($"/status <one of the {Busiest} busiest>", r => $"/status {Busy(r)}", Runs),
            new("/status <target> window:24h", r => $"/status {Any(r)} window:24h", Runs),
            new("/alerts", _ => "/alerts", Runs),
            new("/alerts <target> since:7d", r => $"/alerts {Busy(r)} since:7d", Runs),
            new("/alerts kind:<kind> since:7d limit:50", r => $"/alerts kind:{CommandKinds[r.Next(3)]} since:7d limit:50", Runs),
            new("/explain <alert>", r => $"/explain {ids[r.Next(ids.Count)]}", Runs),
            new("/top (not a target)", _ => "/top", Runs / 10, Targeted: false),
            new("/account <author> (not a target)", r => $"/account {Author(r)}", Runs / 5, Targeted: false),
        ];

        var results = new List<LatencyResult>();
        foreach (var (c, i) in cases.Select((c, i) => (c, i)))
        {
            await log.WriteLineAsync($"  {c.Label} ×{c.Runs}");
            results.Add(await c.MeasureAsync(world.Dispatcher, seed: 100 + i, ct));
        }

        world.Charts.Enabled = true;
        var chart = new LatencyCase($"/status <one of the {Busiest} busiest> with its chart drawn (not a target)", r => $"/status {Busy(r)}", Runs / 5, Targeted: false);
        results.Add(await chart.MeasureAsync(world.Dispatcher, seed: 99, ct));
        return Report(results, posts, ingest, build, world.DatabaseBytes());
    }

    private static readonly string[] CommandKinds = [.. Enum.GetValues<AlertKind>().Select(k => k.ToSlug())];

    private static string Author(Random random) => random.Next(4) == 0
        ? SyntheticCorpus.LabelledHandle(random.Next(SyntheticCorpus.LabelledAccounts))
        : SyntheticCorpus.Author(random.Next(100_000));

    private static BenchReport Report(List<LatencyResult> results, int posts, TimeSpan ingest, TimeSpan build, long bytes)
    {
        var c = CultureInfo.InvariantCulture;
        var table = new MarkdownTable("command", "runs", "p50 ms", "p95 ms", "p99 ms", "max ms", "p99 < 100 ms", "errors");
        foreach (var r in results)
        {
            var verdict = !r.Case.Targeted ? "–" : r.P99 < TargetP99Ms ? "pass" : "**miss**";
            table.Add(r.Case.Label, r.Case.Runs.ToString("N0", c), LatencyResult.Ms(r.P50), LatencyResult.Ms(r.P95), LatencyResult.Ms(r.P99), LatencyResult.Ms(r.Max), verdict, r.Failures.Count.ToString(c));
        }

        var text = new StringBuilder();
        text.Append(c, $"A LiteDB file store (the real `AddFactBotStorage`) with {posts:N0} synthetic TikTok-like posts over {Targets:N0} watched targets ")
            .Append(c, $"({SyntheticCorpus.Watchlists} watchlists; Zipf-like popularity, 15% of posts on two hashtags, 2% by {SyntheticCorpus.LabelledAccounts} labelled accounts) ")
            .Append(c, $"over {Days} days, fed hour by hour to the volume-surge detector, and {AlertCount:N0} alerts (60% volume, 25% state-media, 15% coordination; ")
            .Append("those of the last day open). Built in ")
            .Append(c, $"{Stats.Format(build)} (posts stored and counted in {Stats.Format(ingest)}, {posts / ingest.TotalSeconds:N0} posts/s; file {bytes / 1024.0 / 1024.0:F0} MiB).\n\n")
            .Append("Each command is typed as a volunteer would (a random target or alert per run, fixed seeds), parsed, then timed through ")
            .Append("`CommandDispatcher.DispatchAsync` alone (argument checks, role, handler, store reads); 30 untimed runs first. ")
            .Append("Charts are switched off except in the last row. Release build, one process, store warm.\n\n")
            .Append(table);
        var drawn = results[^1];
        text.Append(c, $"\nCharts drawn in the last row: {drawn.Charts} of {drawn.Case.Runs} replies")
            .Append(drawn.Charts == 0 ? " (the worker's renderer could not draw on this machine, so that row times /status without the PNG).\n" : ".\n");
        var failures = results.SelectMany(r => r.Failures).ToList();
        if (failures.Count > 0)
            text.Append("\nErrors (first 5):\n\n").AppendJoin("", failures.Take(5).Select(f => $"- `{f}`\n"));
        return new BenchReport(text.ToString(), failures.Count == 0);
    }
}
