namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Evidence of judged bins, kept for the next bins to collect into: one evidence per target and bin with posts would
/// otherwise be allocated and, living an hour, promoted before it dies. Only a quiet bin's buffers stay with it
/// (<see cref="BinEvidence.Trim"/>): kept evidence serves any target next, so keeping a busy bin's would leave every
/// piece with a busy bin's buffers in the end. Used only from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class BinEvidencePool
{
    /// <summary>Idle evidence kept: more than the targets with posts in a busy hour.</summary>
    public const int MaxKept = 16_384;

    private readonly Stack<BinEvidence> _free = new();

    /// <summary>Idle evidence held.</summary>
    public int Count => _free.Count;

    public BinEvidence Rent(long bin)
    {
        if (!_free.TryPop(out var evidence))
            return new BinEvidence(bin);
        evidence.Reset(bin);
        return evidence;
    }

    public void Return(BinEvidence evidence)
    {
        // Emptied now, not when rented: idle evidence must not hold a bin's labelled authors' strings.
        evidence.Reset(long.MinValue);
        evidence.Trim();
        if (_free.Count < MaxKept)
            _free.Push(evidence);
    }
}
