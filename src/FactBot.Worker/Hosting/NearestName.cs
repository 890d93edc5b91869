namespace FactBot.Worker.Hosting;

/// <summary>The known name closest to a mistyped one (edit distance, case ignored), for "did you mean" hints.</summary>
internal static class NearestName
{
    public static string? Among(IEnumerable<string> known, string typed) =>
        known.MinBy(name => Distance(name.ToLowerInvariant(), typed.ToLowerInvariant()));

    private static int Distance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        for (var i = 1; i <= a.Length; i++)
        {
            var current = new int[b.Length + 1];
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            previous = current;
        }

        return previous[b.Length];
    }
}
