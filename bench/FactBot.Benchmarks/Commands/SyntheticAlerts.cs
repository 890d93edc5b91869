using System.Globalization;
using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.Benchmarks.Commands;

/// <summary>
/// Alerts shaped like the detectors' own (the same signal names, bounded evidence with real post keys), spread over
/// the corpus's days on popular targets: 60% volume, 25% state-media, 15% coordination; those updated in the last
/// day are still open.
/// </summary>
internal static class SyntheticAlerts
{
    private const int Evidence = 20;

    public static IEnumerable<Alert> Create(
        int count, SyntheticCorpus corpus, IReadOnlyDictionary<string, List<(string Key, string Author)>> examples, DateTimeOffset start, DateTimeOffset end, int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var index = corpus.DrawTarget();
            var target = corpus.Targets[index];
            var kind = (i % 20) switch { < 12 => AlertKind.VolumeSurge, < 17 => AlertKind.StateMediaSurge, _ => AlertKind.Coordination };
            var windowEnd = start + ((end - start) * random.NextDouble());
            windowEnd = new DateTimeOffset(windowEnd.UtcTicks - (windowEnd.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero);
            var updated = windowEnd.AddMinutes(random.Next(1, 120));
            var open = end - updated < TimeSpan.FromDays(1);
            var posts = examples.TryGetValue(target.Key, out var known) ? known : [];
            var keys = posts.Select(p => p.Key).Take(Evidence).ToList();
            var accounts = posts.Select(p => p.Author).Distinct(StringComparer.Ordinal).Take(Evidence).ToList();
            var labelled = Enumerable.Range(0, kind == AlertKind.VolumeSurge ? 0 : 1 + random.Next(4))
                .Select(_ => $"{SyntheticCorpus.LabelledHandle(random.Next(SyntheticCorpus.LabelledAccounts))} (state-controlled, bench-list@1) — started")
                .ToList();
            yield return new Alert
            {
                Id = "A-" + (0x100000 + i).ToString("X6", CultureInfo.InvariantCulture),
                Kind = kind,
                Target = target,
                Watchlist = SyntheticCorpus.WatchlistOf(index),
                GroupKey = kind == AlertKind.Coordination ? "g" + i.ToString(CultureInfo.InvariantCulture) : null,
                OpenedAt = windowEnd,
                UpdatedAt = updated,
                ClosedAt = open ? null : updated,
                WindowStart = windowEnd.AddHours(-1),
                WindowEnd = windowEnd,
                Status = open ? AlertStatus.Open : AlertStatus.Closed,
                Severity = (Severity)(1 + random.Next(4)),
                Confidence = 0.5 + (random.NextDouble() / 2),
                Signals = Signals(kind, random),
                Evidence = new AlertEvidence
                {
                    PostKeys = keys,
                    Accounts = accounts,
                    LabelledAccounts = labelled,
                    Objects = kind == AlertKind.Coordination ? [$"sound {target.Value}", "caption #a1b2c3", "also on #topic00001"] : [],
                    Links = [.. keys.Take(5).Select(k => $"https://www.tiktok.com/@x/video/{k[(k.IndexOf(':', StringComparison.Ordinal) + 1)..]}")],
                },
                Explanation = $"{target.Key}: synthetic {kind} alert number {i} for the bench, one or two sentences long as real ones are.",
                Revision = 1 + random.Next(5),
                ReopenCount = random.Next(3),
                Verdicts = new VerdictTally(random.Next(3), random.Next(3), random.Next(2), random.Next(2)),
            };
        }
    }

    private static Dictionary<string, double> Signals(AlertKind kind, Random random) => kind switch
    {
        AlertKind.VolumeSurge => new()
        {
            ["count"] = 20 + random.Next(200), ["expected"] = 3 + (random.NextDouble() * 20), ["ratio"] = 2 + (random.NextDouble() * 10),
            ["p"] = Math.Pow(10, -6 - random.Next(20)), ["alpha"] = 1e-6, ["family_alpha"] = 0.01, ["watched_series"] = 10_000,
            ["dispersion"] = 5 + random.NextDouble(), ["floor"] = 10, ["min_ratio"] = 2, ["baseline_days"] = 7, ["baseline_points"] = 7,
            ["cold_start"] = 0, ["bin_minutes"] = 60,
        },
        AlertKind.StateMediaSurge => new()
        {
            ["labelled"] = 5 + random.Next(30), ["total"] = 40 + random.Next(100), ["share"] = random.NextDouble(), ["expected_share"] = 0.02,
            ["burst_weight"] = random.NextDouble() * 10, ["p"] = 1e-7, ["started"] = random.Next(3), ["joined"] = random.Next(3),
            ["expected_labelled"] = 1.5, ["ratio"] = 3 + (random.NextDouble() * 5),
        },
        _ => new()
        {
            ["members"] = 3 + random.Next(40), ["edges"] = 5 + random.Next(100), ["co_shares"] = 10 + random.Next(300),
            ["median_dt_s"] = random.NextDouble() * 30, ["objects"] = 1 + random.Next(5), ["labelled_members"] = random.Next(3),
            ["mean_edge_weight"] = 2 + random.NextDouble(),
        },
    };
}
