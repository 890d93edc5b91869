using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Maps id strings to dense ints (0, 1, 2, … in order of first appearance) so the detector compares and hashes
/// ints, not strings. Keys are kept as UTF-8 bytes and turned into strings only when asked for, because most
/// ids of a large input never reach the output.
/// </summary>
/// <remarks>Ordinal: two ids are equal iff their UTF-8 bytes are equal. Not thread-safe.</remarks>
internal sealed class IdInterner
{
    private byte[] _arena;
    private byte[] _encoded = new byte[256];
    private int _arenaLength;

    // One array of (start, length, hash) so a lookup touches one cache line per candidate, not three.
    private Entry[] _entries;
    private string?[] _strings;

    // Open addressing with linear probing; a slot holds (high 32 bits of the hash) << 32 | (id + 1), 0 = empty, so
    // a probe rejects other ids without touching their entries. Kept at most half full.
    private long[] _slots;

    /// <summary>An interner sized for about <paramref name="expectedIds"/> ids (it grows past that).</summary>
    public IdInterner(int expectedIds = 64)
    {
        var capacity = Math.Max(expectedIds, 16);
        _arena = new byte[capacity * 16];
        _entries = new Entry[capacity];
        _strings = new string?[capacity];
        _slots = new long[(int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)capacity * 2)];
    }

    /// <summary>How many distinct ids were interned.</summary>
    public int Count { get; private set; }

    /// <summary>Returns the id of <paramref name="utf8"/>, adding it if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<byte> utf8)
    {
        var hash = Hash(utf8);
        var tag = (long)(hash >> 32) << 32;
        var mask = _slots.Length - 1;
        var slot = (int)(hash & (ulong)mask);
        while (true)
        {
            var value = _slots[slot];
            if (value == 0)
                break;

            if ((value & ~0xFFFFFFFFL) == tag)
            {
                var id = (int)value - 1;
                ref readonly var entry = ref _entries[id];
                if (entry.Hash == hash && _arena.AsSpan(entry.Start, entry.Length).SequenceEqual(utf8))
                    return id;
            }

            slot = (slot + 1) & mask;
        }

        var newId = Add(utf8, hash);
        _slots[slot] = tag | (uint)(newId + 1);
        if (Count * 2 > _slots.Length)
            Rehash();

        return newId;
    }

    /// <summary>Returns the id of <paramref name="value"/>, adding it if new.</summary>
    public int Intern(string value)
    {
        var id = Intern(value.AsSpan());
        _strings[id] ??= value;
        return id;
    }

    /// <summary>Returns the id of <paramref name="chars"/> (compared by their UTF-8 bytes), adding it if new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int Intern(ReadOnlySpan<char> chars)
    {
        // One reused buffer: ids are short, so this is a copy (vectorised for ASCII), then the byte path.
        var max = Encoding.UTF8.GetMaxByteCount(chars.Length);
        if (_encoded.Length < max)
            _encoded = new byte[Math.Max(max, _encoded.Length * 2)];

        var written = Encoding.UTF8.GetBytes(chars, _encoded);
        return Intern(_encoded.AsSpan(0, written));
    }

    /// <summary>The id as a string (created on first request, then cached).</summary>
    public string GetString(int id) => _strings[id] ??= Encoding.UTF8.GetString(GetUtf8(id));

    /// <summary>The id's UTF-8 bytes; valid until the next <see cref="Intern(ReadOnlySpan{byte})"/>.</summary>
    public ReadOnlySpan<byte> GetUtf8(int id) => _arena.AsSpan(_entries[id].Start, _entries[id].Length);

    private int Add(ReadOnlySpan<byte> utf8, ulong hash)
    {
        var id = Count;
        if (id == _entries.Length)
        {
            Array.Resize(ref _entries, id * 2);
            Array.Resize(ref _strings, id * 2);
        }

        if (_arenaLength + utf8.Length > _arena.Length)
            Array.Resize(ref _arena, Math.Max(_arena.Length * 2, _arenaLength + utf8.Length));

        utf8.CopyTo(_arena.AsSpan(_arenaLength));
        _entries[id] = new Entry(_arenaLength, utf8.Length, hash);
        _arenaLength += utf8.Length;
        Count = id + 1;
        return id;
    }

    private void Rehash()
    {
        var slots = new long[_slots.Length * 2];
        var mask = slots.Length - 1;
        for (var id = 0; id < Count; id++)
        {
            var hash = _entries[id].Hash;
            var slot = (int)(hash & (ulong)mask);
            while (slots[slot] != 0)
                slot = (slot + 1) & mask;

            slots[slot] = ((long)(hash >> 32) << 32) | (uint)(id + 1);
        }

        _slots = slots;
    }

    // A multiply-xorshift hash over 8-byte words: ids are short (CooRTweet's are 32 hex characters), so this is
    // a handful of multiplications per id. Not flood-resistant; inputs are the operator's own files.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong Hash(ReadOnlySpan<byte> data)
    {
        const ulong Prime = 0x9E3779B97F4A7C15UL;
        var h = (ulong)data.Length * Prime;
        while (data.Length >= 8)
        {
            h = Mix(h ^ MemoryMarshal.Read<ulong>(data));
            data = data[8..];
        }

        if (data.Length > 0)
        {
            ulong tail = 0;
            for (var i = 0; i < data.Length; i++)
                tail |= (ulong)data[i] << (8 * i);

            h = Mix(h ^ tail);
        }

        return Mix(h);
    }

    // SplitMix64's finalizer: every input bit reaches the low bits used to pick a slot.
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    private readonly record struct Entry(int Start, int Length, ulong Hash);
}
