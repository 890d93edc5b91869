using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Posts per author in one bin, the keys copied into a character buffer (see <see cref="BinEvidence"/> for why) and
/// found through an open-addressed table of 1-based indexes (power-of-two size, at most half full). A mutable struct
/// kept in a field of its evidence, so counting a post reaches no further object.
/// </summary>
[StructLayout(LayoutKind.Auto)]
internal struct AuthorTally
{
    // Past this many distinct authors new ones are not ranked (their posts still count in the bin): enough to name the
    // top accounts of any real surge, and a cap on memory when a bin holds a flood of one-post accounts.
    private const int MaxTrackedAuthors = 4096;

    // Ints per author: hash, start and length of the key in _text, posts.
    private const int AuthorInts = 4;

    private char[] _text;
    private int _textLength;
    private int[] _slots;
    private int[] _authors;
    private int _count;

    public AuthorTally()
    {
        (_text, _slots, _authors) = ([], [], []);
    }

    /// <summary>One hash per post: a known author counts up, a new one is added while there is room.</summary>
    public void Count(string key, BinEvidencePool? pool)
    {
        var hash = string.GetHashCode(key);
        if (_slots.Length > 0)
        {
            var mask = _slots.Length - 1;
            for (var i = hash & mask; _slots[i] != 0; i = (i + 1) & mask)
            {
                var at = (_slots[i] - 1) * AuthorInts;
                if (_authors[at] == hash && Key(_slots[i] - 1).SequenceEqual(key))
                {
                    _authors[at + 3]++;
                    return;
                }
            }
        }

        if (_count >= MaxTrackedAuthors)
            return;
        if ((_count + 1) * 2 > _slots.Length)
            GrowSlots(pool);
        if ((_count + 1) * AuthorInts > _authors.Length)
            _authors = Grow(_authors, (_count + 1) * AuthorInts, pool);
        var start = CopyKey(key, pool);
        var entry = _authors.AsSpan(_count * AuthorInts, AuthorInts);
        (entry[0], entry[1], entry[2], entry[3]) = (hash, start, key.Length, 1);
        Place(_slots, hash, ++_count);
    }

    /// <summary>The most active authors, most posts first, then by key in ordinal order (as their strings sort).</summary>
    public readonly string[] Top(int max)
    {
        var tally = this;
        var order = Enumerable.Range(0, _count).ToArray();
        Array.Sort(order, (a, b) => tally.Posts(b).CompareTo(tally.Posts(a)) is var byPosts and not 0
            ? byPosts
            : tally.Key(a).SequenceCompareTo(tally.Key(b)));
        return [.. order.Take(max).Select(a => tally.Key(a).ToString())];
    }

    /// <summary>Empties it; buffers longer than the pool's kept sizes go back to it.</summary>
    public void Reset(BinEvidencePool? pool)
    {
        (_textLength, _count) = (0, 0);
        if (pool is not null && _text.Length > BinEvidencePool.KeptChars)
        {
            pool.ReturnChars(_text);
            _text = [];
        }

        if (pool is not null && _authors.Length > BinEvidencePool.KeptInts)
        {
            pool.ReturnInts(_authors);
            _authors = [];
        }

        if (pool is not null && _slots.Length > BinEvidencePool.KeptInts)
        {
            pool.ReturnInts(_slots);
            _slots = [];
        }

        Array.Clear(_slots);
    }

    private readonly int Posts(int author) => _authors[(author * AuthorInts) + 3];

    private readonly ReadOnlySpan<char> Key(int author) =>
        _text.AsSpan(_authors[(author * AuthorInts) + 1], _authors[(author * AuthorInts) + 2]);

    private int CopyKey(string key, BinEvidencePool? pool)
    {
        if (_textLength + key.Length > _text.Length)
        {
            var grown = pool?.RentChars(_textLength + key.Length) ?? new char[Math.Max(64, (_textLength + key.Length) * 2)];
            _text.AsSpan(0, _textLength).CopyTo(grown);
            pool?.ReturnChars(_text);
            _text = grown;
        }

        key.CopyTo(_text.AsSpan(_textLength));
        _textLength += key.Length;
        return _textLength - key.Length;
    }

    private void GrowSlots(BinEvidencePool? pool)
    {
        var size = Math.Max(16, _slots.Length * 2);
        var slots = pool?.RentInts(size) ?? new int[size];
        Array.Clear(slots);
        for (var author = 0; author < _count; author++)
            Place(slots, _authors[author * AuthorInts], author + 1);
        pool?.ReturnInts(_slots);
        _slots = slots;
    }

    private static int[] Grow(int[] buffer, int needed, BinEvidencePool? pool)
    {
        var grown = pool?.RentInts(needed) ?? new int[Math.Max(16, needed * 2)];
        buffer.CopyTo(grown, 0);
        pool?.ReturnInts(buffer);
        return grown;
    }

    private static void Place(int[] slots, int hash, int author)
    {
        var mask = slots.Length - 1;
        var i = hash & mask;
        while (slots[i] != 0)
            i = (i + 1) & mask;
        slots[i] = author;
    }
}
