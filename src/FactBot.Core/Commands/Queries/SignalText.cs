using System.Globalization;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Queries;

/// <summary>
/// Every number stored with an alert, named for a reader and formatted by what it is (a ratio, a probability, a
/// share). Known names come first in a fixed reading order; any other number follows under its stored name, so a
/// detector adding one never hides it from <c>/explain</c>.
/// </summary>
internal static class SignalText
{
    private enum Shape
    {
        Number,
        Count,
        Ratio,
        Probability,
        Percent,
        YesNo,
    }

    private static readonly (string Key, string Name, Shape Shape)[] Known =
    [
        ("count", "posts in the window", Shape.Count),
        ("expected", "expected posts", Shape.Number),
        ("ratio", "ratio to expected", Shape.Ratio),
        ("p", "p (chance of this many or more)", Shape.Probability),
        ("alpha", "α per series", Shape.Probability),
        ("family_alpha", "family α", Shape.Probability),
        ("watched_series", "watched series (M)", Shape.Count),
        ("floor", "minimum posts", Shape.Count),
        ("min_ratio", "minimum ratio", Shape.Ratio),
        ("dispersion", "dispersion k (0 = Poisson)", Shape.Number),
        ("baseline_days", "baseline days", Shape.Number),
        ("baseline_points", "baseline bins", Shape.Count),
        ("cold_start", "cold-start baseline", Shape.YesNo),
        ("bin_minutes", "bin minutes", Shape.Count),
        ("labelled", "posts by labelled accounts", Shape.Count),
        ("total", "posts in all", Shape.Count),
        ("share", "state-media share", Shape.Percent),
        ("expected_share", "usual state-media share", Shape.Percent),
        ("burst_weight", "burst weight", Shape.Number),
        ("expected_labelled", "expected labelled posts", Shape.Number),
        ("started", "labelled accounts that started the wave", Shape.Count),
        ("joined", "labelled accounts that joined it", Shape.Count),
        ("members", "accounts in the group", Shape.Count),
        ("labelled_members", "labelled accounts in the group", Shape.Count),
        ("edges", "coordinated account pairs", Shape.Count),
        ("co_shares", "co-shares", Shape.Count),
        ("mean_edge_weight", "mean co-shares per pair", Shape.Number),
        ("median_dt_s", "median seconds apart", Shape.Number),
        ("objects", "shared objects", Shape.Count),
    ];

    /// <summary>One "name: value" line per stored number.</summary>
    public static IReadOnlyList<string> Lines(IReadOnlyDictionary<string, double> signals)
    {
        var lines = new List<string>(signals.Count);
        foreach (var (key, name, shape) in Known)
        {
            if (signals.TryGetValue(key, out var value))
                lines.Add($"{name}: {Format(value, shape)}");
        }

        foreach (var (key, value) in signals.Where(s => !Known.Any(k => k.Key == s.Key)).OrderBy(s => s.Key, StringComparer.Ordinal))
            lines.Add($"{key}: {Number(value)}");
        return lines;
    }

    private static string Format(double value, Shape shape) => shape switch
    {
        _ when double.IsNaN(value) || double.IsInfinity(value) => value.ToString(CultureInfo.InvariantCulture),
        Shape.Count => Formats.Count(value),
        Shape.Ratio => Formats.Ratio(value),
        Shape.Probability => Formats.Probability(value),
        Shape.Percent => Formats.Percent(value),
        Shape.YesNo => value != 0 ? "yes" : "no",
        _ => Number(value),
    };

    // Formats.Number rounds to one decimal, which would show a small dispersion or weight as 0.
    private static string Number(double value) => Math.Abs(value) >= 1 || value == 0
        ? Formats.Number(value)
        : value.ToString("0.###", CultureInfo.InvariantCulture);
}
