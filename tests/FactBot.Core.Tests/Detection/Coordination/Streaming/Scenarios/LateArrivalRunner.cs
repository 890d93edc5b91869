using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>
/// Like <see cref="ScenarioRunner"/>, but each post reaches the detector <c>delay(post)</c> after it was made (the
/// TikTok Research API's lag, a poll after an outage, shuffled batches): posts arrive in arrival order, the clock steps
/// on, and the run goes on until the last post has arrived and its bin was judged.
/// </summary>
internal static class LateArrivalRunner
{
    public static List<DetectionSignal> Run(
        IDetector sut, IEnumerable<ScenarioPost> posts, IReadOnlyList<Watchlist> watchlists, DateTimeOffset start, DateTimeOffset end,
        TimeSpan step, Func<ScenarioPost, TimeSpan> delay)
    {
        var matcher = new TargetMatcher(watchlists);
        sut.SetWatched([.. matcher.Watched]);
        var arriving = posts
            .Select(p => (Post: p, At: p.Post.CreatedAt + delay(p)))
            .OrderBy(a => a.At).ThenBy(a => a.Post.Post.Key, StringComparer.Ordinal)
            .ToList();
        var last = arriving.Count == 0 ? end : arriving[^1].At + step;
        var stop = last > end ? last : end;
        var signals = new List<DetectionSignal>();
        var next = 0;
        for (var now = start + step; now <= stop + step; now += step)
        {
            for (; next < arriving.Count && arriving[next].At < now; next++)
                sut.Observe(arriving[next].Post.Post, matcher.Match(arriving[next].Post.Post));
            signals.AddRange(sut.Advance(now));
        }

        return signals;
    }

    /// <summary>The findings that stand at the end: the last one for each window, unless it withdrew the window.</summary>
    public static Dictionary<(AlertKind, string, DateTimeOffset), DetectionSignal> Standing(IEnumerable<DetectionSignal> signals) =>
        LastPerWindow(signals).Where(p => !p.Value.Withdrawn).ToDictionary(p => p.Key, p => p.Value);

    /// <summary>The last finding for each window, as the alert built from them ends up.</summary>
    public static Dictionary<(AlertKind, string, DateTimeOffset), DetectionSignal> LastPerWindow(IEnumerable<DetectionSignal> signals) =>
        signals.GroupBy(s => (s.Kind, s.Target.Key, s.WindowStart)).ToDictionary(g => g.Key, g => g.Last());
}
