using System.Globalization;
using FactBot.Core.Alerts;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Detection.Statistics;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>Turns one coordinated group into the signal the alert engine stores: numbers, evidence, a readable sentence.</summary>
internal sealed class GroupSignalBuilder(CoordinationOptions options, CoShareEngine engine)
{
    private static readonly WatchTarget Unwatched = new(TargetKind.Keyword, "coordination");

    public DetectionSignal Build(TrackedGroup group)
    {
        var component = group.Component;
        var coShares = component.Edges.SelectMany(edge => edge.CoShares).Where(engine.Counts).ToList();
        var posts = coShares.SelectMany(c => new[] { c.Older, c.Newer })
            .DistinctBy(post => post.Key, StringComparer.Ordinal)
            .OrderBy(post => post.CreatedAt)
            .ThenBy(post => post.Key, StringComparer.Ordinal)
            .ToList();
        var members = new HashSet<string>(component.Members, StringComparer.Ordinal);
        var labelled = posts.Where(post => post.Label is not null && members.Contains(post.Account))
            .DistinctBy(post => post.Account, StringComparer.Ordinal)
            .Select(post => $"{post.Handle} ({post.Label!.Category.ToDisplay()}, {post.Label.Source})")
            .ToList();

        var (target, watchlist, otherTargets) = ChooseTarget(posts);
        var objects = DescribeObjects(coShares);
        var medianDelta = Quantile.Median(coShares.Select(c => c.DeltaSeconds).ToArray());
        var meanWeight = component.Edges.Average(edge => (double)edge.Weight);

        var numbers = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            ["members"] = component.Members.Count,
            ["edges"] = component.Edges.Count,
            ["co_shares"] = coShares.Count,
            ["median_dt_s"] = medianDelta,
            ["objects"] = objects.Count,
            ["labelled_members"] = labelled.Count,
            ["mean_edge_weight"] = meanWeight,
        };

        var evidence = new AlertEvidence
        {
            Accounts = component.Members,
            LabelledAccounts = labelled,
            Objects = [.. objects.Take(options.MaxExamples), .. otherTargets.Select(t => "also on " + t)],
            PostKeys = [.. posts.Take(options.MaxExamples).Select(post => post.Key)],
            Links = [.. posts.Select(post => post.Url).OfType<string>().Take(options.MaxExamples)],
        };

        return new DetectionSignal
        {
            Kind = AlertKind.Coordination,
            Target = target,
            Watchlist = watchlist,
            GroupKey = group.Id,
            WindowStart = posts[0].CreatedAt,
            WindowEnd = posts[^1].CreatedAt,
            Severity = labelled.Count > 0 || component.Members.Count >= 10 ? Severity.High : Severity.Medium,
            Confidence = Math.Clamp(1 - (1 / meanWeight), 0, 1),
            Numbers = numbers,
            Evidence = evidence,
            Explanation = Explain(component, coShares.Count, medianDelta, objects, labelled.Count),
        };
    }

    private string Explain(CoordinatedComponent component, int coShares, double medianDelta, List<string> objects, int labelled)
    {
        var text = string.Create(
            CultureInfo.InvariantCulture,
            $"{component.Members.Count} accounts repeatedly posted the same thing within {DurationText.Format(options.TimeWindow)} of each other: " +
            $"{coShares} near-simultaneous pairs across {component.Edges.Count} account pairs in the last {DurationText.Format(options.Lookback)}, " +
            $"typically {medianDelta:0.#} s apart");
        if (objects.Count > 0)
            text += $", e.g. {objects[0]}";
        text += ".";
        if (labelled > 0)
            text += string.Create(CultureInfo.InvariantCulture, $" {labelled} of them carry a state-media label.");
        return text;
    }

    // The watched target most of the group's posts are on; the others are listed so one alert covers the group.
    private static (WatchTarget Target, string Watchlist, List<string> Others) ChooseTarget(List<SharedPost> posts)
    {
        var counts = posts
            .SelectMany(post => post.Targets.DistinctBy(t => t.Target.Key, StringComparer.Ordinal))
            .GroupBy(t => t.Target.Key, StringComparer.Ordinal)
            .Select(g => (Watched: g.First(), Count: g.Count()))
            .OrderByDescending(x => x.Count)
            .ThenBy(x => x.Watched.Target.Key, StringComparer.Ordinal)
            .ToList();
        if (counts.Count > 0)
            return (counts[0].Watched.Target, counts[0].Watched.Watchlist, [.. counts.Skip(1).Select(x => x.Watched.Target.Key)]);

        // Only unwatched posts (WatchedOnly off): the alert still needs a target, so a fixed placeholder keyword.
        return (Unwatched, Watchlist.MainName, []);
    }

    // Counted once per co-share (not per key: one near-copy matches in many MinHash bands), most telling kind first on ties.
    private List<string> DescribeObjects(List<CoShare> coShares) =>
        coShares
            .SelectMany(c => c.Objects
                .Where(key => !engine.IsDiscounted(key))
                .Select(key => (Text: Describe(key), Rank: KindRank(key.Kind)))
                .Distinct())
            .GroupBy(x => x.Text, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Min(x => x.Rank))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.Key)
            .ToList();

    private static int KindRank(ObjectKinds kind) => kind switch
    {
        ObjectKinds.Caption => 0,
        ObjectKinds.SoundTags => 1,
        ObjectKinds.Url => 2,
        ObjectKinds.Media => 3,
        ObjectKinds.Sound => 4,
        ObjectKinds.Hashtag => 5,
        _ => 6,
    };

    // A near-text key is a MinHash band hash: volunteers need the text, not the hash.
    private static string Describe(ObjectKey key) =>
        key.Kind == ObjectKinds.NearText ? key.Label : $"{key.Label} [{key.Key}]";
}
