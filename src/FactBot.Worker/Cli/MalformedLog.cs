using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;

namespace FactBot.Worker.Cli;

/// <summary>
/// Collects the records a run skipped, to report the first <paramref name="shown"/> (<c>Sources:ReportProblemsShown</c>)
/// with their positions and count the rest. Messages can quote record text, so every line is passed through
/// <see cref="SafeText.ForDisplay"/>: an escape sequence in a record must not drive the operator's terminal.
/// </summary>
internal sealed class MalformedLog(int shown)
{
    private readonly List<MalformedRecord> _first = [];
    private readonly List<CappedRecord> _firstCapped = [];
    private int _capped;

    public int Count { get; private set; }

    public void Add(MalformedRecord record)
    {
        Count++;
        if (_first.Count < shown)
            _first.Add(record);
    }

    /// <summary>Writes the skipped records and, when the file stopped early, why (always shown, never capped).</summary>
    public async Task WriteAsync(TextWriter output, MalformedRecord? stopped)
    {
        await WriteAsync(output);
        if (stopped is not null)
            await output.WriteLineAsync($"  {(stopped.Problem == ReadProblem.Unfinished ? "skipped" : "stopped:")} {SafeText.ForDisplay(stopped.Message)}");
    }

    public void AddCapped(CappedRecord record)
    {
        if (_capped++ < shown)
            _firstCapped.Add(record);
    }

    public async Task WriteAsync(TextWriter output)
    {
        foreach (var record in _firstCapped)
            await output.WriteLineAsync($"  capped {SafeText.ForDisplay(record.Where, 120)}: {string.Join(", ", record.Fields)} cut to the limits (see README)");
        if (_capped > _firstCapped.Count)
            await output.WriteLineAsync($"  … and {_capped - _firstCapped.Count} more capped records");
        foreach (var record in _first)
            await output.WriteLineAsync($"  skipped {Line(record)}");
        if (Count > _first.Count)
            await output.WriteLineAsync($"  … and {Count - _first.Count} more skipped records");
    }

    // File sources put "file:line" in their messages and a resume mark (line@offset#fingerprint) in the position; the
    // mark is for machines, so it is left out when the message already says where.
    private static string Line(MalformedRecord record)
    {
        var at = record.Position.IndexOf('@', StringComparison.Ordinal);
        var where = at > 0 ? record.Position[..at] : record.Position;
        return record.Message.Contains(where, StringComparison.Ordinal) && where.Length > 0
            ? SafeText.ForDisplay(record.Message)
            : $"{SafeText.ForDisplay(record.Position, 120)}: {SafeText.ForDisplay(record.Message)}";
    }
}
