using FactBot.Core.Posts;

namespace FactBot.Core.Watchlists;

/// <summary>
/// Finds the watched targets a post matches: hashtags and sounds by dictionary lookup, keywords by a scan of the
/// (few) keyword targets. Immutable: a new matcher is built when watchlists change.
/// </summary>
public sealed class TargetMatcher
{
    private readonly Dictionary<string, WatchedTarget[]> _byHashtag = new(StringComparer.Ordinal);
    private readonly Dictionary<string, WatchedTarget[]> _bySound = new(StringComparer.Ordinal);
    private readonly WatchedTarget[] _keywords;

    public TargetMatcher(IEnumerable<Watchlist> watchlists)
    {
        var all = watchlists
            .SelectMany(list => list.Targets.Select(target => new WatchedTarget(target, list.Name, list.Thresholds)))
            .ToList();
        Watched = all;
        foreach (var group in all.Where(w => w.Target.Kind == TargetKind.Hashtag).GroupBy(w => w.Target.Value, StringComparer.Ordinal))
            _byHashtag[group.Key] = [.. group];
        foreach (var group in all.Where(w => w.Target.Kind == TargetKind.Sound).GroupBy(w => w.Target.Value, StringComparer.Ordinal))
            _bySound[group.Key] = [.. group];
        _keywords = [.. all.Where(w => w.Target.Kind == TargetKind.Keyword)];
    }

    public static TargetMatcher Empty { get; } = new([]);

    /// <summary>Every (target, watchlist) pair; a target on two watchlists appears twice.</summary>
    public IReadOnlyList<WatchedTarget> Watched { get; }

    public IReadOnlyList<WatchedTarget> Match(Post post)
    {
        List<WatchedTarget>? result = null;
        foreach (var tag in post.Hashtags)
        {
            if (_byHashtag.TryGetValue(tag, out var targets))
                AddApplicable(ref result, targets, post.Platform);
        }

        if (post.SoundId is { } sound && _bySound.TryGetValue(sound, out var soundTargets))
            AddApplicable(ref result, soundTargets, post.Platform);

        foreach (var keyword in _keywords)
        {
            if (post.Text.Contains(keyword.Target.Value, StringComparison.OrdinalIgnoreCase))
                AddApplicable(ref result, [keyword], post.Platform);
        }

        return (IReadOnlyList<WatchedTarget>?)result ?? [];
    }

    private static void AddApplicable(ref List<WatchedTarget>? result, WatchedTarget[] targets, string platform)
    {
        foreach (var target in targets)
        {
            if (target.Target.AppliesTo(platform))
                (result ??= []).Add(target);
        }
    }
}
