namespace FactBot.Core.Detection.Surge;

/// <summary>
/// Evidence of judged bins, kept for the next bins to collect into: one evidence per target and bin with posts would
/// otherwise be allocated and, living an hour, promoted before it dies. Bounded, so a busy spell leaves little behind.
/// Used only from the ingest loop (Observe and Advance), so not thread-safe.
/// </summary>
internal sealed class BinEvidencePool
{
    private const int MaxKept = 16_384;

    private readonly Stack<BinEvidence> _free = new();

    public BinEvidence Rent(long bin)
    {
        if (!_free.TryPop(out var evidence))
            return new BinEvidence(bin);
        evidence.Reset(bin);
        return evidence;
    }

    public void Return(BinEvidence evidence)
    {
        if (_free.Count >= MaxKept)
            return;

        // Emptied now, not when rented: idle evidence must not keep old posts' strings alive.
        evidence.Reset(long.MinValue);
        _free.Push(evidence);
    }
}
