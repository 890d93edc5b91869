using System.Text.RegularExpressions;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// Compares what worker processes printed (the console platform's messages) with an uninterrupted run's. Delivery is
/// at least once by design: a kill between printing a message and recording it as sent prints it again after the
/// restart (and a kill mid-print leaves part of it). So the killed runs must show every message of the uninterrupted
/// run, in any order, and at most one message more: the one in flight when the kill struck. Nothing else twice.
/// </summary>
internal static partial class DeliveredMessages
{
    public static void AssertEachOnceButTheOneInFlight(string expected, IReadOnlyList<string> outputs)
    {
        var want = Lines(expected);
        var got = Lines(string.Concat(outputs));
        var missing = Minus(want, got);
        var extra = Minus(got, want);
        Assert.True(missing.Count == 0, "not delivered:\n" + string.Join("\n", missing));
        if (extra.Count == 0)
            return;

        var blocks = Blocks(expected);
        Assert.True(
            blocks.Any(block => Minus(extra, block).Count == 0),
            "delivered twice, beyond the one message in flight at the kill:\n" + string.Join("\n", extra));
    }

    // Messages are separated by an empty line; a new alert's chart is drawn up to the real "now", so its size differs
    // between any two live runs (that it is there is compared).
    private static List<List<string>> Blocks(string output) =>
    [
        .. Normalise(output).Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(block => Lines(block))
            .Where(lines => lines.Count > 0),
    ];

    private static List<string> Lines(string output) =>
        [.. Normalise(output).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];

    // How long after its posts a late alert was found is the real clock's, so it differs between any two live runs too.
    private static string Normalise(string output) =>
        FoundLate().Replace(ChartSize().Replace(output.Replace("\r", "", StringComparison.Ordinal), "[chart: PNG]"), "the data arrived … after the posts");

    // Multiset difference: each line of `from` not matched by one of `take`.
    private static List<string> Minus(List<string> from, List<string> take)
    {
        var left = take.GroupBy(line => line, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var rest = new List<string>();
        foreach (var line in from)
        {
            if (left.TryGetValue(line, out var count) && count > 0)
                left[line] = count - 1;
            else
                rest.Add(line);
        }

        return rest;
    }

    [GeneratedRegex(@"\[chart: \d+ bytes PNG\]")]
    private static partial Regex ChartSize();

    [GeneratedRegex(@"the data arrived [^.]+ after the posts")]
    private static partial Regex FoundLate();
}
