using System.Numerics;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Evidence of judged bins, and the buffers of busy bins, kept for the next bins to collect into: one evidence per
/// target and bin with posts would otherwise be allocated and, living an hour, promoted before it dies. Bounded, so a
/// busy spell leaves little behind. Used only from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class BinEvidencePool
{
    /// <summary>Buffers up to these lengths stay with their evidence when it is reused; longer ones come back here.</summary>
    public const int KeptChars = 512;

    /// <inheritdoc cref="KeptChars"/>
    public const int KeptInts = 64;

    private const int MaxKept = 16_384;

    // Idle buffers kept per length: enough for an hour's worth of busy bins (they all come back when the hour closes
    // and are taken again by the next), and for the long ones of floods no more than about this many elements.
    private const int MaxKeptBuffers = 4_096;
    private const int MaxKeptElements = 1 << 23;

    // Buffers by power-of-two length: index i holds arrays of 2^i elements.
    private const int Classes = 18;

    private readonly Stack<BinEvidence> _free = new();
    private readonly Stack<char[]>?[] _chars = new Stack<char[]>?[Classes];
    private readonly Stack<int[]>?[] _ints = new Stack<int[]>?[Classes];

    public BinEvidence Rent(long bin)
    {
        if (!_free.TryPop(out var evidence))
            return new BinEvidence(bin, this);
        evidence.Reset(bin);
        return evidence;
    }

    public void Return(BinEvidence evidence)
    {
        // Emptied now, not when rented: idle evidence must not hold a busy bin's buffers.
        evidence.Reset(long.MinValue);
        if (_free.Count < MaxKept)
            _free.Push(evidence);
    }

    /// <summary>A buffer of at least <paramref name="length"/> characters (a power of two, 64 or more).</summary>
    public char[] RentChars(int length) => Rent(_chars, Math.Max(64, length));

    /// <summary>Takes a buffer back (its contents are not cleared).</summary>
    public void ReturnChars(char[] buffer) => Return(_chars, buffer);

    /// <summary>A buffer of at least <paramref name="length"/> ints (a power of two, 16 or more), not cleared.</summary>
    public int[] RentInts(int length) => Rent(_ints, Math.Max(16, length));

    /// <inheritdoc cref="ReturnChars"/>
    public void ReturnInts(int[] buffer) => Return(_ints, buffer);

    private static T[] Rent<T>(Stack<T[]>?[] classes, int length)
    {
        var size = (int)BitOperations.RoundUpToPowerOf2((uint)length);
        var index = int.Log2(size);
        return index < Classes && classes[index] is { } free && free.TryPop(out var buffer) ? buffer : new T[size];
    }

    private static void Return<T>(Stack<T[]>?[] classes, T[] buffer)
    {
        if (buffer.Length == 0 || !int.IsPow2(buffer.Length))
            return;
        var index = int.Log2(buffer.Length);
        if (index < Classes && (classes[index] ??= new()) is { } free && free.Count < Math.Min(MaxKeptBuffers, MaxKeptElements >> index))
            free.Push(buffer);
    }
}
