using FactBot.Core.Results;

namespace FactBot.Worker.Cli;

/// <summary>Collects the records a run skipped, to report the first <paramref name="shown"/> with their positions.</summary>
internal sealed class MalformedLog(int shown)
{
    private readonly List<MalformedRecord> _first = [];

    public int Count { get; private set; }

    public void Add(MalformedRecord record)
    {
        Count++;
        if (_first.Count < shown)
            _first.Add(record);
    }

    public async Task WriteAsync(TextWriter output)
    {
        foreach (var record in _first)
            await output.WriteLineAsync($"  skipped {record.Position}: {record.Message}");
        if (Count > _first.Count)
            await output.WriteLineAsync($"  … and {Count - _first.Count} more skipped records");
    }
}
