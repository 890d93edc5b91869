using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// How many distinct accounts used each object over the lookback: the document frequency behind the trending
/// discount. An object used by one account (most captions) costs one small entry; a second account makes it a set
/// of accounts with their latest use. Uses older than the cutoff are forgotten by <see cref="Sweep"/>, which runs a
/// few times per lookback, so a count may include accounts that left the lookback since the last sweep.
/// </summary>
internal sealed class DocumentFrequency
{
    private readonly Dictionary<ulong, Entry> _entries = [];
    private readonly List<Dictionary<int, long>?> _sets = [];
    private readonly Stack<int> _freeSets = new();
    private readonly List<ulong> _scratch = [];

    public int Count => _entries.Count;

    /// <summary>Records a use; returns the distinct accounts after it, and whether this account was new to the object.</summary>
    public int Add(ulong id, int account, long ticks, out bool grew)
    {
        ref var entry = ref CollectionsMarshal.GetValueRefOrAddDefault(_entries, id, out var exists);
        grew = !exists;
        if (!exists)
        {
            entry = new Entry(account, -1, ticks);
            return 1;
        }

        if (entry.Set < 0)
        {
            if (entry.Account == account)
            {
                entry.LastTicks = Math.Max(entry.LastTicks, ticks);
                return 1;
            }

            // Single-account entries' last use is the account's last use.
            entry.Set = NewSet();
            _sets[entry.Set]![entry.Account] = entry.LastTicks;
        }

        var set = _sets[entry.Set]!;
        entry.LastTicks = Math.Max(entry.LastTicks, ticks);
        ref var last = ref CollectionsMarshal.GetValueRefOrAddDefault(set, account, out var known);
        grew = !known;
        last = Math.Max(known ? last : long.MinValue, ticks);
        return set.Count;
    }

    public int CountOf(ulong id) =>
        !_entries.TryGetValue(id, out var entry) ? 0 : entry.Set < 0 ? 1 : _sets[entry.Set]!.Count;

    /// <summary>Forgets uses before <paramref name="cutoffTicks"/>; reports each object whose count dropped.</summary>
    public void Sweep(long cutoffTicks, Action<ulong> dropped)
    {
        _scratch.Clear();
        foreach (var (id, entry) in _entries)
        {
            if (entry.LastTicks < cutoffTicks)
            {
                _entries.Remove(id);
                if (entry.Set >= 0)
                    FreeSet(entry.Set);
                dropped(id);
            }
            else if (entry.Set >= 0)
            {
                var set = _sets[entry.Set]!;
                var before = set.Count;
                foreach (var (account, last) in set)
                {
                    if (last < cutoffTicks)
                        set.Remove(account);
                }

                if (set.Count < before)
                    dropped(id);
                if (set.Count == 1)
                    _scratch.Add(id);
            }
        }

        // A set down to one account goes back to the small form.
        foreach (var id in _scratch)
        {
            ref var entry = ref CollectionsMarshal.GetValueRefOrNullRef(_entries, id);
            var set = _sets[entry.Set]!;
            var (account, last) = set.First();
            FreeSet(entry.Set);
            entry = new Entry(account, -1, last);
        }
    }

    private int NewSet()
    {
        if (_freeSets.TryPop(out var index))
        {
            _sets[index] = [];
            return index;
        }

        _sets.Add([]);
        return _sets.Count - 1;
    }

    private void FreeSet(int index)
    {
        _sets[index] = null;
        _freeSets.Push(index);
    }

    private record struct Entry(int Account, int Set, long LastTicks);
}
