namespace FactBot.Worker.Inbox;

/// <summary>
/// Counts, per watch-folder file, the polls in a row that could not read it, so a file is quarantined only once it
/// has failed <see cref="Limit"/> polls (a file still being copied in can fail once and be fine the next poll).
/// Not thread-safe: the poll job does not run concurrently with itself.
/// </summary>
internal sealed class InboxFailures(int limit = 3)
{
    private readonly Dictionary<string, int> _failures = new(StringComparer.Ordinal);

    public int Limit { get; } = limit;

    /// <summary>Counts a failed poll of <paramref name="file"/>; true when it has now failed <see cref="Limit"/> polls in a row.</summary>
    public bool Failed(string file)
    {
        var count = _failures.GetValueOrDefault(file) + 1;
        if (count < Limit)
        {
            _failures[file] = count;
            return false;
        }

        _failures.Remove(file);
        return true;
    }

    /// <summary>The file was read (or is gone): its count starts again.</summary>
    public void Succeeded(string file) => _failures.Remove(file);
}
