using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Values by object identity in one open-addressed array, for the detectors' per-post lookup of a target's series by
/// the <c>WatchedTarget</c> instance the matcher handed out: a lookup reads the key's header hash and, nearly always,
/// one slot, where a Dictionary with ReferenceEqualityComparer reads two arrays through interface calls. Add-only;
/// not thread-safe (the ingest loop owns it).
/// </summary>
internal sealed class IdentityMap<TKey, TValue>
    where TKey : class
    where TValue : class
{
    private (TKey? Key, TValue? Value)[] _slots;
    private int _count;

    public IdentityMap(int capacity = 0) => _slots = new (TKey?, TValue?)[SizeFor(capacity)];

    public int Count => _count;

    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (ReferenceEquals(slot.Key, key))
            {
                value = slot.Value!;
                return true;
            }

            if (slot.Key is null)
            {
                value = null;
                return false;
            }
        }
    }

    /// <summary>Adds the key, or replaces its value.</summary>
    public void Set(TKey key, TValue value)
    {
        // At most half full, so probes stay short and a free slot always ends a search.
        if ((_count + 1) * 2 > _slots.Length)
            Grow();
        if (Place(_slots, key, value))
            _count++;
    }

    private static int SizeFor(int capacity)
    {
        var size = 8;
        while (size < capacity * 2)
            size *= 2;
        return size;
    }

    private static bool Place((TKey? Key, TValue? Value)[] slots, TKey key, TValue value)
    {
        var mask = slots.Length - 1;
        for (var i = RuntimeHelpers.GetHashCode(key) & mask; ; i = (i + 1) & mask)
        {
            ref var slot = ref slots[i];
            if (slot.Key is null || ReferenceEquals(slot.Key, key))
            {
                var added = slot.Key is null;
                slot = (key, value);
                return added;
            }
        }
    }

    private void Grow()
    {
        var bigger = new (TKey?, TValue?)[_slots.Length * 2];
        foreach (var (key, value) in _slots)
        {
            if (key is not null)
                Place(bigger, key, value!);
        }

        _slots = bigger;
    }
}
