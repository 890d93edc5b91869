using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Surge;

internal sealed partial class SurgeSeries
{
    // A target on several watchlists fires once, on the first list whose gates it passes; the lists whose own (stricter)
    // gates it does not pass are not told. Under the lock, after the fired verdict's tail is known.
    private List<string> Audience(in SurgeVerdict fired, WatchedTarget firedEntry, int watchedSeries)
    {
        var names = new List<string>(_entryCount) { firedEntry.Watchlist };
        foreach (var entry in Entries)
        {
            if (ReferenceEquals(entry, firedEntry))
                continue;
            var other = fired;
            _test.Apply(_counter, ref other, Thresholds(entry), watchedSeries);
            if (other.Fired)
                names.Add(entry.Watchlist);
        }

        return names;
    }
}
