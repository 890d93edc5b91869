namespace FactBot.Benchmarks.Coordination;

/// <summary>
/// Compares factbot's pairs.csv/edges.csv with CooRTweet's expected files: as sorted line sets, same-second pairs
/// unordered (SOURCE.md's advice); also says whether the files are byte-identical.
/// </summary>
internal static class CoordinationParity
{
    public sealed record Outcome(bool Passed, string Detail);

    public static Outcome Check(string outDirectory, string expectedDirectory, int window)
    {
        var pairs = Compare(Path.Combine(outDirectory, "pairs.csv"), Path.Combine(expectedDirectory, $"tw{window}_pairs.csv"), TiesUnordered);
        var edges = Compare(Path.Combine(outDirectory, "edges.csv"), Path.Combine(expectedDirectory, $"tw{window}_edges.csv"), l => l);
        var passed = pairs.Equal && edges.Equal;
        var identical = pairs.Identical && edges.Identical ? ", files byte-identical" : "";
        var detail = passed
            ? $"pass: {pairs.Count:N0} pairs, {edges.Count:N0} edges equal{identical}"
            : $"FAIL: pairs {Describe(pairs)}; edges {Describe(edges)}";
        return new Outcome(passed, detail);
    }

    private static string Describe(Comparison c) =>
        c.Equal ? "equal" : $"{c.Missing} expected lines missing, {c.Extra} unexpected (first: {c.FirstDifference})";

    private sealed record Comparison(bool Equal, bool Identical, int Count, int Missing, int Extra, string FirstDifference);

    private static Comparison Compare(string actualPath, string expectedPath, Func<string, string> normalise)
    {
        if (!File.Exists(actualPath))
            return new Comparison(false, false, 0, 0, 0, $"{actualPath} was not written");

        var actualText = File.ReadAllText(actualPath);
        var expectedText = File.ReadAllText(expectedPath);
        var actual = Lines(actualText, normalise);
        var expected = Lines(expectedText, normalise);
        var missing = expected.Except(actual).ToList();
        var extra = actual.Except(expected).ToList();
        var equal = actual.SequenceEqual(expected);
        return new Comparison(
            equal, actualText == expectedText, actual.Count - 1, missing.Count, extra.Count,
            missing.Concat(extra).FirstOrDefault() ?? "duplicate counts differ");
    }

    private static List<string> Lines(string text, Func<string, string> normalise) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => normalise(l.TrimEnd('\r')))
            .Order(StringComparer.Ordinal).ToList();

    // A same-second pair's orientation is a row-order artefact: compare it with its sides in ordinal order.
    private static string TiesUnordered(string line)
    {
        var f = line.Split(',');
        if (f.Length != 6 || f[3] != "0" || string.CompareOrdinal(f[1], f[2]) <= 0)
            return line;

        return string.Join(',', f[0], f[2], f[1], f[3], f[5], f[4]);
    }
}
