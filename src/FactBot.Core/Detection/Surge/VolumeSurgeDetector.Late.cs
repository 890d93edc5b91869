using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

/// <summary>Judging again the series that posts arriving after their bin was judged fell into.</summary>
public sealed partial class VolumeSurgeDetector
{
    // Series that late posts made due to be judged again, in the order they became so; whether a late post came since
    // the last step.
    private readonly List<SurgeSeries> _late = [];
    private bool _lateArrived;

    // Series that late posts fell into are judged again through the last judged bin, before any new bin.
    private List<DetectionSignal>? JudgeLate(int watched)
    {
        var found = new List<(SurgeEvaluation Evaluation, WatchedTarget Entry, AlertEvidence? Evidence, IReadOnlyList<string> Audience)>();
        var withdrawn = new List<long>();
        List<DetectionSignal>? signals = null;
        foreach (var series in _late)
        {
            if (!_series.TryGetValue(series.Target.Key, out var current) || !ReferenceEquals(current, series))
                continue;
            series.Rejudge(_next - 1, watched, _evidence, found, withdrawn);
            foreach (var bin in withdrawn)
            {
                (signals ??= []).Add(DetectionSignal.Withdraw(
                    AlertKind.VolumeSurge, series.Target, series.Entries[0].Watchlist, _test.Grid.StartOf(bin), _test.Grid.EndOf(bin)));
            }

            withdrawn.Clear();
        }

        _late.Clear();
        foreach (var (evaluation, entry, evidence, audience) in found)
            (signals ??= []).Add(SurgeSignalBuilder.Build(entry, evaluation, evidence, _options, audience));
        return signals;
    }
}
