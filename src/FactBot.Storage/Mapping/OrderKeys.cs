using System.Globalization;
using System.Text;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Builds the string keys behind the composite indexes. LiteDB uses one index per query and has no compound
/// indexes, so "posts on #tag, newest first" is an index over <c>target␟inverted-ticks␟key</c>: a range scan over
/// one prefix returns exactly the wanted posts already in order, and Limit stops the scan early.
/// Ticks are fixed-width (19 digits) so string order is time order; the database's ordinal collation keeps it so.
/// </summary>
internal static class OrderKeys
{
    /// <summary>Unit separator: cannot appear in a normalised hashtag, handle or sound id.</summary>
    public const char Separator = '\u001F';

    /// <summary>LiteDB refuses index keys over 1023 bytes; longer keys are left out of the index.</summary>
    public const int MaxKeyBytes = 900;

    private static readonly long MaxTicks = DateTimeOffset.MaxValue.UtcTicks;

    public static string Ticks(long ticks) => ticks.ToString("D19", CultureInfo.InvariantCulture);

    /// <summary>Sorts oldest first.</summary>
    public static string Ascending(DateTimeOffset at) => Ticks(at.UtcTicks);

    /// <summary>Sorts newest first.</summary>
    public static string Descending(DateTimeOffset at) => Ticks(MaxTicks - at.UtcTicks);

    public static string Join(params ReadOnlySpan<string?> parts) => string.Join(Separator, parts);

    public static bool Fits(string key) => Encoding.UTF8.GetByteCount(key) <= MaxKeyBytes;

    /// <summary>
    /// Bounds for keys <c>prefix␟Descending(t)␟…</c> with t in [from, to), for a BETWEEN (inclusive) scan.
    /// Inverting the ticks turns [from, to) into (inv(to), inv(from)], i.e. [inv(to)+1, inv(from)+1) on strings;
    /// the upper bound itself is never a stored key because stored keys continue after it.
    /// </summary>
    public static (string Low, string High) NewestFirst(string prefix, DateTimeOffset from, DateTimeOffset to) =>
        (Join(prefix, DescendingBound(to)), Join(prefix, DescendingBound(from)));

    /// <summary>Every <see cref="Descending"/> key of a time at or after <paramref name="at"/> sorts below this.</summary>
    public static string DescendingBound(DateTimeOffset at) => Ticks(MaxTicks - at.UtcTicks + 1);

    /// <summary>Bounds for every key <c>prefix␟digits…</c>, whatever the digits.</summary>
    public static (string Low, string High) AllUnder(string prefix) => (prefix + Separator, prefix + Separator + ":");
}
