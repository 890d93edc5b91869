using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using FactBot.Core.Posts;

namespace FactBot.Core.Watchlists;

/// <summary>
/// Finds the watched targets a post matches: hashtags and sounds by dictionary lookup, keywords by a scan of the
/// (few) keyword targets. Immutable: a new matcher is built when watchlists change.
/// </summary>
/// <remarks>
/// Runs once per ingested post, so it allocates as little as it can: a post that matches one hashtag or sound gets
/// that key's own (shared, never modified) array; otherwise one array of exactly the matches. Results are never
/// pooled: detectors may keep them.
/// </remarks>
public sealed class TargetMatcher
{
    // Posts rarely match more keys than this; beyond it the keys are looked up again to fill the result.
    private const int HeldKeys = 8;

    // Each key's targets, and whether they all apply on every platform (worked out here, not per post).
    private readonly FrozenDictionary<string, KeyTargets> _byHashtag;
    private readonly FrozenDictionary<string, KeyTargets> _bySound;
    private readonly KeyTargets[] _keywords;
    private readonly FrozenDictionary<string, string[]> _listsByTarget;

    public TargetMatcher(IEnumerable<Watchlist> watchlists)
    {
        var all = watchlists
            .SelectMany(list => list.Targets.Select(target => new WatchedTarget(target, list.Name, list.Thresholds)))
            .ToList();
        Watched = all;
        _byHashtag = ByValue(all, TargetKind.Hashtag);
        _bySound = ByValue(all, TargetKind.Sound);
        _keywords = [.. all.Where(w => w.Target.Kind == TargetKind.Keyword).Select(w => KeyTargets.Of([w]))];
        _listsByTarget = all
            .GroupBy(w => w.Target.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(w => w.Watchlist).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The watchlists that watch a target (by key), in the order they were given; empty if none does.</summary>
    public IReadOnlyList<string> WatchlistsOf(string targetKey) =>
        _listsByTarget.TryGetValue(targetKey, out var lists) ? lists : [];

    public static TargetMatcher Empty { get; } = new([]);

    /// <summary>Every (target, watchlist) pair; a target on two watchlists appears twice.</summary>
    public IReadOnlyList<WatchedTarget> Watched { get; }

    /// <summary>
    /// The targets the post matches, in order: its hashtags', its sound's, then keywords'. Each hashtag or sound lists
    /// its watchlists in the order they were given; targets limited to other platforms are left out.
    /// </summary>
    public IReadOnlyList<WatchedTarget> Match(Post post)
    {
        // Pass 1: the matching keys' target arrays, in result order.
        var held = default(HeldArrays);
        var keys = 0;
        var total = 0;
        var hashtags = post.Hashtags;
        for (var i = 0; i < hashtags.Count; i++)
        {
            if (_byHashtag.TryGetValue(hashtags[i], out var targets))
                Hold(ref held, ref keys, ref total, targets);
        }

        if (post.SoundId is { } sound && _bySound.TryGetValue(sound, out var soundTargets))
            Hold(ref held, ref keys, ref total, soundTargets);

        var text = post.Text;
        foreach (var keyword in _keywords)
        {
            if (text.Contains(keyword.Targets[0].Target.Value, StringComparison.OrdinalIgnoreCase))
                Hold(ref held, ref keys, ref total, keyword);
        }

        if (keys == 0)
            return [];

        // The usual case: one key, valid on every platform. Its array is the answer as it is.
        if (keys == 1 && held[0].AllPlatforms)
            return held[0].Targets;

        return Collect(post, held, keys, total);
    }

    private static FrozenDictionary<string, KeyTargets> ByValue(List<WatchedTarget> all, TargetKind kind) => all
        .Where(w => w.Target.Kind == kind)
        .GroupBy(w => w.Target.Value, StringComparer.Ordinal)
        .ToFrozenDictionary(group => group.Key, group => KeyTargets.Of([.. group]), StringComparer.Ordinal);

    private static void Hold(ref HeldArrays held, ref int keys, ref int total, KeyTargets targets)
    {
        if (keys < HeldKeys)
            held[keys] = targets;
        keys++;
        total += targets.Targets.Length;
    }

    // Pass 2: the applicable targets of every matching key, in one array of the right size.
    private WatchedTarget[] Collect(Post post, HeldArrays held, int keys, int total)
    {
        var buffer = new WatchedTarget[total];
        var count = 0;
        if (keys <= HeldKeys)
        {
            for (var k = 0; k < keys; k++)
                AddApplicable(buffer, ref count, held[k], post.Platform);
        }
        else
        {
            foreach (var tag in post.Hashtags)
            {
                if (_byHashtag.TryGetValue(tag, out var targets))
                    AddApplicable(buffer, ref count, targets, post.Platform);
            }

            if (post.SoundId is { } sound && _bySound.TryGetValue(sound, out var soundTargets))
                AddApplicable(buffer, ref count, soundTargets, post.Platform);
            foreach (var keyword in _keywords)
            {
                if (post.Text.Contains(keyword.Targets[0].Target.Value, StringComparison.OrdinalIgnoreCase))
                    AddApplicable(buffer, ref count, keyword, post.Platform);
            }
        }

        if (count == buffer.Length)
            return buffer;
        return count == 0 ? [] : buffer[..count];
    }

    private static void AddApplicable(WatchedTarget[] buffer, ref int count, KeyTargets targets, string platform)
    {
        if (targets.AllPlatforms)
        {
            targets.Targets.CopyTo(buffer, count);
            count += targets.Targets.Length;
            return;
        }

        foreach (var target in targets.Targets)
        {
            if (target.Target.AppliesTo(platform))
                buffer[count++] = target;
        }
    }

    private readonly record struct KeyTargets(WatchedTarget[] Targets, bool AllPlatforms)
    {
        public static KeyTargets Of(WatchedTarget[] targets) => new(targets, targets.All(t => t.Target.Platforms.Count == 0));
    }

    [InlineArray(HeldKeys)]
    private struct HeldArrays
    {
        private KeyTargets _first;
    }
}
