using FactBot.Core.Alerts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>Judging again the series that posts arriving after their bin was judged fell into.</summary>
public sealed partial class StateMediaDetector
{
    // Series that late posts made due to be judged again; whether a late post came since the last step.
    private readonly List<TargetSeries> _late = [];
    private bool _lateArrived;

    private void JudgeLate(int watchedSeries, ref List<DetectionSignal>? signals)
    {
        var through = _lastClosed ?? long.MinValue;
        foreach (var series in _late)
        {
            if (!_series.TryGetValue(series.Watched.Target.Key, out var current) || !ReferenceEquals(current, series))
                continue;
            var startMoved = series.HistoryStart != series.JudgedStart;
            for (var bin = series.Late.Take(); bin <= through; bin++)
            {
                // Late unlabelled posts change only the totals, which only a bin with enough labelled posts reads; a bin
                // below that whose labelled baseline did not move and that had not fired is judged as before.
                if (bin != through && !startMoved && !series.Fired.Contains(bin) && series.LabelledAt(bin) < _options.MinLabelledPosts
                    && !series.Late.Touched(_test, bin, series.HistoryStart ?? bin))
                    continue;
                var (finding, withdrawn) = Evaluate(series, bin, watchedSeries, rejudging: true);
                if (finding is not null)
                {
                    (signals ??= []).Add(_signals.Build(finding));
                }
                else if (withdrawn)
                {
                    (signals ??= []).Add(DetectionSignal.Withdraw(
                        AlertKind.StateMediaSurge, series.Watched.Target, series.Watched.Watchlist, _test.Grid.StartOf(bin), _test.Grid.EndOf(bin)));
                }
            }

            series.Late.Clear();
        }

        _late.Clear();
    }
}
