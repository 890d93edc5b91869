using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Watchlists;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>
/// Replays posts in time order into a detector on a fake clock, advancing it every <c>step</c> as the bin-close job
/// would, and collects every signal.
/// </summary>
internal static class ScenarioRunner
{
    public static List<DetectionSignal> Run(
        IDetector sut, IEnumerable<ScenarioPost> posts, IReadOnlyList<Watchlist> watchlists, DateTimeOffset start, DateTimeOffset end, TimeSpan step,
        Action? afterAdvance = null)
    {
        var matcher = new TargetMatcher(watchlists);
        sut.SetWatched([.. matcher.Watched]);
        var clock = new FakeTimeProvider(start);
        var signals = new List<DetectionSignal>();
        foreach (var item in posts.OrderBy(p => p.Post.CreatedAt).ThenBy(p => p.Post.Key, StringComparer.Ordinal))
        {
            while (clock.GetUtcNow() + step <= item.Post.CreatedAt)
            {
                clock.Advance(step);
                signals.AddRange(sut.Advance(clock.GetUtcNow()));
                afterAdvance?.Invoke();
            }

            sut.Observe(item.Post, matcher.Match(item.Post));
        }

        while (clock.GetUtcNow() < end)
        {
            clock.Advance(step);
            signals.AddRange(sut.Advance(clock.GetUtcNow()));
            afterAdvance?.Invoke();
        }

        return signals;
    }
}
