using System.Globalization;
using System.Text;
using FactBot.Core.Sources;

namespace FactBot.Sources.Import;

/// <summary>
/// What happened to one import: filled by whoever drains a source (the CLI), printed at the end. Nothing is
/// dropped silently: every record is either imported, a duplicate, or a problem with its position.
/// </summary>
public sealed class ImportReport(string sourceId)
{
    /// <summary>How many problems <see cref="ToString"/> lists before summarising the rest.</summary>
    public const int DefaultProblemsShown = 20;

    private readonly List<ImportProblem> _problems = [];

    public string SourceId { get; } = sourceId;

    /// <summary>Records the source returned, good or malformed.</summary>
    public int RowsRead { get; private set; }

    /// <summary>Posts stored for the first time.</summary>
    public int Imported { get; private set; }

    /// <summary>Posts whose key was already stored (pages overlap; re-imports are idempotent).</summary>
    public int Duplicates { get; private set; }

    public int Skipped => _problems.Count;

    public IReadOnlyList<ImportProblem> Problems => _problems;

    /// <summary>Counts one record from the source; a malformed one is also recorded as a problem.</summary>
    public void AddRead(SourceItem item)
    {
        RowsRead++;
        if (item.Error is { } error)
            _problems.Add(new ImportProblem(item.Position, error.Message));
    }

    public void AddImported(int count = 1) => Imported += count;

    public void AddDuplicates(int count = 1) => Duplicates += count;

    /// <summary>A post that was read fine but not stored for another reason (e.g. filtered out by the caller).</summary>
    public void AddSkipped(string position, string reason) => _problems.Add(new ImportProblem(position, reason));

    /// <summary>A summary line, then the first <paramref name="maxProblems"/> problems, then "… and N more".</summary>
    public string Format(int maxProblems = DefaultProblemsShown)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxProblems);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"{SourceId}: {RowsRead} read, {Imported} imported, {Duplicates} duplicates, {Skipped} skipped");
        foreach (var problem in _problems.Take(maxProblems))
            text.Append('\n').Append("  ").Append(problem);
        if (_problems.Count > maxProblems)
            text.Append('\n').Append(CultureInfo.InvariantCulture, $"  … and {_problems.Count - maxProblems} more");
        return text.ToString();
    }

    public override string ToString() => Format();
}
