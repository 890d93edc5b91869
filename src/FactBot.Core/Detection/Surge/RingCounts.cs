namespace FactBot.Core.Detection.Surge;

/// <summary>
/// The post counts of a <see cref="BinnedCounter"/>'s slots: a byte each while every count fits one (nearly every bin
/// of nearly every target: a quarter of the memory of ints, for twenty thousand rings), ints from the first count that
/// does not, for good. A mutable struct kept in a field of its ring.
/// </summary>
internal struct RingCounts(int capacity)
{
    // Exactly one of the two is set.
    private byte[]? _narrow = new byte[capacity];
    private int[]? _wide;

    /// <summary>Whether the counts had to be widened to ints.</summary>
    public readonly bool Wide => _wide is not null;

    public readonly int this[int slot] => _wide is { } wide ? wide[slot] : _narrow![slot];

    /// <summary>Adds <paramref name="amount"/> to a slot (saturating at <see cref="int.MaxValue"/>); returns the new count.</summary>
    public int Add(int slot, int amount)
    {
        if (_wide is { } wide)
            return wide[slot] = (int)Math.Min(int.MaxValue, (long)wide[slot] + amount);

        var sum = _narrow![slot] + (long)amount;
        if (sum is >= 0 and <= byte.MaxValue)
            return _narrow[slot] = (byte)sum;

        wide = new int[_narrow.Length];
        for (var i = 0; i < wide.Length; i++)
            wide[i] = _narrow[i];
        (_wide, _narrow) = (wide, null);
        return wide[slot] = (int)Math.Min(int.MaxValue, sum);
    }

    public readonly void Clear(int slot)
    {
        if (_wide is { } wide)
            wide[slot] = 0;
        else
            _narrow![slot] = 0;
    }
}
