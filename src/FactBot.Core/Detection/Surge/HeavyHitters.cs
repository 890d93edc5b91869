using System.Runtime.InteropServices;
using System.Text;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Posts per author in one bin as a Space-Saving summary (Metwally, Agrawal and El Abbadi, 2005) of at most k
/// counters (<see cref="MinCounters"/>, or more if more accounts are asked for): a known author counts up; a new one
/// takes a free counter, or else replaces the author with the fewest posts, inheriting that count (+1) and remembering
/// it as its possible overcount. Memory is fixed whatever the bin holds, unlike a count per author.
/// </summary>
/// <remarks>
/// <para>The bound, for a bin of n posts: every author with more than n/k posts has a counter, and every counter's
/// count c and overcount e satisfy c − e ≤ true posts ≤ c, with e ≤ n/k. With k = 64 that is every account making
/// more than 1.6% of a bin's posts, which is every account worth naming in a surge. While a bin has at most k authors
/// nothing is replaced and every count is exact (e = 0).</para>
/// <para>Keys are copied into a byte buffer (see <see cref="BinEvidence"/> for why), a byte a character when ASCII, else
/// as UTF-16 code units; hashes, counts, overcounts and key places are runs of one int array, so finding an author or
/// the smallest count scans one short run.
/// A mutable struct kept in a field of its evidence, so counting a post reaches no further object.</para>
/// </remarks>
[StructLayout(LayoutKind.Auto)]
internal struct HeavyHitters
{
    /// <summary>Counters (k) when fewer accounts are asked for.</summary>
    public const int MinCounters = 64;

    // Counters (and 16 key bytes each) an idle summary keeps.
    private const int KeptCounters = 8;

    // Runs of _capacity ints each: hashes, counts, overcounts, key starts in _text, key lengths (negative: UTF-16).
    private const int Runs = 5;

    private int[] _ints;
    private int _capacity;
    private byte[] _text;
    private int _textLength;
    private int _used;

    public HeavyHitters() => (_ints, _text) = ([], []);

    /// <summary>Authors with a counter (all of them while there are at most k).</summary>
    public readonly int Tracked => _used;

    private readonly Span<int> Hashes => _ints.AsSpan(0, _used);

    private readonly Span<int> Counts => _ints.AsSpan(_capacity, _used);

    private readonly Span<int> Overcounts => _ints.AsSpan(2 * _capacity, _used);

    /// <summary>Counts a post by <paramref name="key"/> in a summary of at most <paramref name="counters"/> counters.</summary>
    public void Count(string key, int counters)
    {
        var hash = string.GetHashCode(key);
        var hashes = Hashes;
        for (var from = 0; hashes[from..].IndexOf(hash) is var found and >= 0; from += found + 1)
        {
            if (KeyIs(from + found, key))
            {
                Counts[from + found]++;
                return;
            }
        }

        if (_used < counters)
        {
            if (_used == _capacity)
                Grow(counters);
            _used++;
            Set(_used - 1, key, hash, count: 1, overcount: 0);
            return;
        }

        // Full: the author with the fewest posts (the first of them) makes way, its count kept as the newcomer's overcount.
        var counts = Counts;
        var min = Min(counts);
        Set(counts.IndexOf(min), key, hash, count: min + 1, overcount: min);
    }

    /// <summary>The counter of <paramref name="key"/>: its count and overcount, or null when it has none.</summary>
    public readonly (int Count, int Overcount)? Find(string key)
    {
        for (var i = 0; i < _used; i++)
        {
            if (KeyIs(i, key))
                return (Counts[i], Overcounts[i]);
        }

        return null;
    }

    /// <summary>
    /// The most active authors: by the posts they surely made (count − overcount), then by count, then by key in
    /// ordinal order (as their strings sort). While nothing was replaced that is simply most posts first.
    /// </summary>
    public readonly string[] Top(int max)
    {
        var self = this;
        var keys = Enumerable.Range(0, _used).Select(self.KeyString).ToArray();
        var order = Enumerable.Range(0, _used).ToArray();
        Array.Sort(order, (a, b) =>
            self.Sure(b).CompareTo(self.Sure(a)) is var sure and not 0 ? sure
            : self.Counts[b].CompareTo(self.Counts[a]) is var byCount and not 0 ? byCount
            : string.CompareOrdinal(keys[a], keys[b]));
        return [.. order.Take(max).Select(a => keys[a])];
    }

    /// <summary>Empties it, keeping its buffers (bounded by the number of counters).</summary>
    public void Reset() => (_used, _textLength) = (0, 0);

    /// <summary>Whether its buffers grew past what <see cref="Trim"/> keeps.</summary>
    public readonly bool Oversized => _capacity > KeptCounters || _text.Length > KeptCounters * 16;

    /// <summary>Lets go of buffers bigger than a few authors need (call when empty).</summary>
    public void Trim()
    {
        if (_capacity > KeptCounters)
            (_ints, _capacity) = ([], 0);
        if (_text.Length > KeptCounters * 16)
            _text = [];
    }

    private readonly int Sure(int i) => Counts[i] - Overcounts[i];

    private readonly int Start(int i) => _ints[(3 * _capacity) + i];

    private readonly int Length(int i) => _ints[(4 * _capacity) + i];

    // The key's bytes: a byte a character, or two when its length is stored negative.
    private readonly ReadOnlySpan<byte> Bytes(int i) => _text.AsSpan(Start(i), Length(i) < 0 ? -2 * Length(i) : Length(i));

    private readonly bool KeyIs(int i, string key) => Length(i) < 0
        ? MemoryMarshal.Cast<byte, char>(Bytes(i)).SequenceEqual(key)
        : Length(i) == key.Length && Ascii.Equals(Bytes(i), key);

    private readonly string KeyString(int i) => Length(i) < 0
        ? new string(MemoryMarshal.Cast<byte, char>(Bytes(i)))
        : Encoding.ASCII.GetString(Bytes(i));

    // Counter i is the newest one or one being replaced; its key goes at the end of the text.
    private void Set(int i, string key, int hash, int count, int overcount)
    {
        (Hashes[i], Counts[i], Overcounts[i]) = (hash, count, overcount);
        var ascii = Ascii.IsValid(key);
        var bytes = ascii ? key.Length : 2 * key.Length;
        if (_textLength + bytes > _text.Length)
            Compact(i, bytes);
        var target = _text.AsSpan(_textLength, bytes);
        if (ascii)
            Ascii.FromUtf16(key, target, out _);
        else
            key.AsSpan().CopyTo(MemoryMarshal.Cast<byte, char>(target));
        (_ints[(3 * _capacity) + i], _ints[(4 * _capacity) + i]) = (_textLength, ascii ? key.Length : -key.Length);
        _textLength += bytes;
    }

    // Replaced authors leave their keys behind: the live ones (all but counter i's) go into a new buffer with room for
    // as much again and the incoming key, so compaction comes again only after that many replacements.
    private void Compact(int skip, int incoming)
    {
        var live = 0;
        for (var i = 0; i < _used; i++)
            live += i == skip ? 0 : Bytes(i).Length;
        var text = new byte[Math.Max(16, (live * 2) + incoming)];
        var at = 0;
        for (var i = 0; i < _used; i++)
        {
            if (i == skip)
                continue;
            var bytes = Bytes(i);
            bytes.CopyTo(text.AsSpan(at));
            _ints[(3 * _capacity) + i] = at;
            at += bytes.Length;
        }

        (_text, _textLength) = (text, at);
    }

    private void Grow(int counters)
    {
        var capacity = Math.Min(counters, Math.Max(2, _capacity * 2));
        var ints = new int[Runs * capacity];
        for (var run = 0; run < Runs; run++)
            _ints.AsSpan(run * _capacity, _used).CopyTo(ints.AsSpan(run * capacity));
        (_ints, _capacity) = (ints, capacity);
    }

    private static int Min(ReadOnlySpan<int> values)
    {
        var min = int.MaxValue;
        foreach (var value in values)
            min = Math.Min(min, value);
        return min;
    }
}
