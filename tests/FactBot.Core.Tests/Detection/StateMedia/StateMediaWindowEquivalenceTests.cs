using System.Globalization;
using System.Text;
using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Tests.Detection.StateMedia.Reference;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.StateMedia;

/// <summary>
/// The compact window (sub-slot records, records kept only where a wave can reach) against a frozen copy of the
/// implementation that kept every bin's unlabelled post times (<see cref="ReferenceStateMediaDetector"/>): on random
/// streams, every signal must be the same, numbers, evidence and wording included.
/// </summary>
public sealed class StateMediaWindowEquivalenceTests
{
    private static readonly Watchlist[] Watchlists =
        [new() { Name = Watchlist.MainName, Targets = [.. RandomStateMediaStream.Hashtags.Select(h => new WatchTarget(TargetKind.Hashtag, h))] }];

    // Labelled posts arrive within this of their time, so before their bin is judged (the exactness condition). The
    // frozen copy never judges a bin twice, so neither does the compact one here (no allowed lateness).
    private static readonly SurgeOptions Volume = new()
    {
        Lateness = RandomStateMediaStream.MaxLabelledDelay + TimeSpan.FromMinutes(5),
        AllowedLateness = TimeSpan.Zero,
    };

    [Fact]
    public void Advance_RandomStreams_SameSignalsAsKeepingEveryPostTime()
    {
        var (signals, started, joined, risen) = (0, 0.0, 0.0, 0);
        for (var seed = 1; seed <= 16; seed++)
        {
            var stream = new RandomStateMediaStream(seed);
            var options = new StateMediaOptions { WindowBins = seed % 4 == 0 ? 24 : 72 };

            var expected = Run(new ReferenceStateMediaDetector(options, Volume), stream);
            var actual = Run(new StateMediaDetector(options, Volume), stream);

            Assert.Equal(expected.Select(Describe), actual.Select(Describe));
            signals += expected.Count;
            started += expected.Sum(s => s.Numbers["started"]);
            joined += expected.Sum(s => s.Numbers["joined"]);
            risen += expected.Count(s => s.Explanation.Contains("picked it up at", StringComparison.Ordinal));
        }

        // Preconditions: the streams exercise both roles and dated rises, so the comparison can fail.
        Assert.True(signals >= 30, $"{signals} signals, started {started}, joined {joined}, dated rises {risen}");
        Assert.True(started > 0 && joined > 0 && risen > 0, $"started {started}, joined {joined}, dated rises {risen}");
    }

    private static List<DetectionSignal> Run(IDetector sut, RandomStateMediaStream stream)
    {
        var matcher = new TargetMatcher(Watchlists);
        sut.SetWatched([.. matcher.Watched]);
        var step = TimeSpan.FromMinutes(5);
        var now = RandomStateMediaStream.Start;
        var signals = new List<DetectionSignal>();
        foreach (var (post, arrives) in stream.Arrivals)
        {
            for (; now + step <= arrives; now += step)
                signals.AddRange(sut.Advance(now + step));
            sut.Observe(post, matcher.Match(post));
        }

        for (; now < RandomStateMediaStream.End + TimeSpan.FromHours(2); now += step)
            signals.AddRange(sut.Advance(now + step));
        return signals;
    }

    private static string Describe(DetectionSignal s)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder()
            .Append(c, $"{s.Kind} {s.Target.Key} {s.Watchlist} {s.WindowStart:O}..{s.WindowEnd:O} {s.Severity} {s.Confidence:R}\n{s.Explanation}\n");
        foreach (var (name, value) in s.Numbers.OrderBy(n => n.Key, StringComparer.Ordinal))
            text.Append(c, $"{name}={value:R} ");
        var e = s.Evidence;
        return text.Append('\n').AppendJoin(' ', e.Accounts).Append('\n').AppendJoin(" | ", e.LabelledAccounts).Append('\n')
            .AppendJoin(' ', e.PostKeys).Append('\n').AppendJoin(' ', e.Links).ToString();
    }
}
