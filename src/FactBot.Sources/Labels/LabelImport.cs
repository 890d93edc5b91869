using System.Globalization;
using System.Text;
using FactBot.Core.Labels;

namespace FactBot.Sources.Labels;

/// <summary>The labels read from one file, with what was skipped and why, for the operator to check before storing.</summary>
public sealed class LabelImport
{
    public required LabelFileFormat FileFormat { get; init; }

    /// <summary>One label per (platform, handle); the first row wins when a list repeats an account.</summary>
    public required IReadOnlyList<AccountLabel> Labels { get; init; }

    /// <summary>Data rows read (header, comments and blank lines not counted).</summary>
    public required int RowsRead { get; init; }

    /// <summary>Links to an account already labelled the same way by an earlier row (outlets share accounts).</summary>
    public required int Duplicates { get; init; }

    public required IReadOnlyList<LabelSkip> Skipped { get; init; }

    /// <summary>Labels per platform name, e.g. tiktok → 34.</summary>
    public IReadOnlyDictionary<string, int> CountsByPlatform =>
        Labels.GroupBy(label => label.Platform, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Count(), StringComparer.Ordinal);

    /// <summary>A summary line, the per-platform counts, the first <paramref name="maxSkipped"/> skips and "… and N more".</summary>
    public string Describe(int maxSkipped = 20)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxSkipped);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{FileFormat}: {RowsRead} rows read, {Labels.Count} labels, {Duplicates} duplicates, {Skipped.Count} skipped");
        var counts = CountsByPlatform.OrderByDescending(pair => pair.Value).ThenBy(pair => pair.Key, StringComparer.Ordinal);
        text.Append('\n').Append("  ").AppendJoin(", ", counts.Select(pair => $"{pair.Key} {pair.Value}"));
        foreach (var skip in Skipped.Take(maxSkipped))
            text.Append('\n').Append("  ").Append(skip);
        if (Skipped.Count > maxSkipped)
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  … and {Skipped.Count - maxSkipped} more");
        return text.ToString();
    }

    public override string ToString() => Describe();
}
