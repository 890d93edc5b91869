using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Posts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// The same pass with the engine taken apart, to say where the time goes: target matching, each detector's
/// <c>Observe</c> and <c>Advance</c>, and the alert engine, each timed and its allocations counted.
/// </summary>
internal sealed record DetectorProfile(Stage Match, IReadOnlyList<(string Name, Stage Observe, Stage Advance)> Detectors, Stage Alerts, long Signals)
{
    /// <summary>How many posts the pass streamed.</summary>
    public long Posts { get; init; }

    public static async Task<DetectorProfile> MeasureAsync(DetectionWorld world, PostStream stream, CancellationToken ct)
    {
        var engine = world.Engine;
        var alerts = world.Alerts;
        var labels = world.Labels;
        var clock = world.Clock;
        var every = world.Ingest.AdvanceEvery;
        IDetector[] detectors = [.. engine.Detectors];
        var observe = detectors.Select(_ => new Stage()).ToArray();
        var advance = detectors.Select(_ => new Stage()).ToArray();
        var match = new Stage();
        var alerting = new Stage();
        var signals = 0L;
        DateTimeOffset? next = null;

        async Task AdvanceAllAsync(DateTimeOffset now)
        {
            var found = new List<DetectionSignal>();
            var mark = Stage.Mark();
            for (var i = 0; i < detectors.Length; i++)
            {
                found.AddRange(detectors[i].Advance(now));
                mark = advance[i].Add(mark);
            }

            await alerts.ApplyAsync(found, now, ct);
            alerting.Add(mark);
            signals += found.Count;
        }

        foreach (var raw in stream.Posts())
        {
            var post = labels.Join(PostNormalizer.Normalize(raw));
            clock.AdvanceTo(post.CreatedAt);
            var now = clock.GetUtcNow();
            if (next is null || now >= next)
            {
                if (next is not null)
                    await AdvanceAllAsync(now);
                next = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % every.Ticks), TimeSpan.Zero) + every;
            }

            var mark = Stage.Mark();
            var targets = engine.Matcher.Match(post);
            mark = match.Add(mark);
            for (var i = 0; i < detectors.Length; i++)
            {
                detectors[i].Observe(post, targets);
                mark = observe[i].Add(mark);
            }
        }

        var last = clock.GetUtcNow();
        var end = new DateTimeOffset(last.UtcTicks - (last.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero).AddHours(1);
        clock.AdvanceTo(end);
        await AdvanceAllAsync(end);
        return new DetectorProfile(match, [.. detectors.Select((d, i) => (d.Name, observe[i], advance[i]))], alerting, signals);
    }
}
