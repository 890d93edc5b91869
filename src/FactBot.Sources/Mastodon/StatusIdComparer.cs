namespace FactBot.Sources.Mastodon;

/// <summary>
/// Orders instance-local status ids oldest first: Mastodon's are decimal snowflakes (shorter is older), other
/// servers' ULIDs have one length and sort as text. Missing ids sort first.
/// </summary>
internal sealed class StatusIdComparer : IComparer<string?>
{
    public static readonly StatusIdComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return x is null ? (y is null ? 0 : -1) : 1;
        var byLength = x.Length.CompareTo(y.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
