namespace FactBot.Core.Detection.Surge;

/// <summary>
/// One series' evidence of the bins not judged yet that have posts: almost always one or two, so a short list
/// (<see cref="EvidenceList"/>) beats a dictionary. The evidence last collected into and the oldest pending bin let nearly every post skip the list.
/// A mutable struct held in a field of the series (one object less to reach per post); guarded by the series' lock.
/// </summary>
/// <remarks>
/// A judged bin's evidence that grew past what the pool keeps (<see cref="BinEvidence.Busy"/>) stays with the series as
/// its spare, for its next bin: a busy target would otherwise grow new buffers every hour, and buffers kept in the
/// shared pool would serve a busy target one hour and a quiet one the next, so that every piece would end up with a
/// busy bin's buffers. Quiet bins' evidence goes back to the pool.
/// </remarks>
internal struct PendingEvidence
{
    private EvidenceList _pending;

    private BinEvidence? _current;

    private BinEvidence? _spare;

    // The oldest pending bin; long.MaxValue when none (kept up to date whenever the list changes).
    private long _oldestPending;

    /// <summary>This bin's evidence, started if new; evidence of bins before <paramref name="staleBefore"/> is dropped.</summary>
    public BinEvidence For(long bin, long staleBefore, BinEvidencePool pool)
    {
        // Nothing stale and the same bin as last time: the list would give the same evidence.
        if (_current is { } current && current.Bin == bin && _oldestPending >= staleBefore)
            return current;

        BinEvidence? evidence = null;
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            if (pending.Bin < staleBefore)
                Remove(i, pool);
            else if (pending.Bin == bin)
                evidence = pending;
        }

        if (evidence is null)
        {
            evidence = Rent(bin, pool);
            _pending.Add(evidence);
        }

        _current = evidence;
        _oldestPending = OldestPending();
        return evidence;
    }

    /// <summary>Takes this bin's evidence out (null if it has none) and drops older bins' evidence.</summary>
    public BinEvidence? Take(long bin, BinEvidencePool pool)
    {
        // Nothing pending this old (or nothing at all): the list is not even looked at.
        if (_pending.Count == 0 || _oldestPending > bin)
            return null;
        BinEvidence? evidence = null;
        for (var i = _pending.Count - 1; i >= 0; i--)
        {
            var pending = _pending[i];
            if (pending.Bin > bin)
                continue;
            if (pending.Bin == bin)
            {
                evidence = pending;
                Remove(i, null);
            }
            else
            {
                Remove(i, pool);
            }
        }

        _oldestPending = OldestPending();
        return evidence;
    }

    // Takes pending[i] out of the list (and out of _current: pooled evidence comes back for other series and bins).
    private void Remove(int i, BinEvidencePool? pool)
    {
        var pending = _pending[i];
        _pending.RemoveAt(i);
        if (ReferenceEquals(pending, _current))
            _current = null;
        if (pool is not null)
            Recycle(pending, pool);
    }

    /// <summary>Takes back evidence handed out by <see cref="Take"/> once it is used.</summary>
    public void Recycle(BinEvidence evidence, BinEvidencePool pool)
    {
        if (_spare is null && evidence.Busy)
        {
            evidence.Reset(long.MinValue);
            _spare = evidence;
        }
        else
        {
            pool.Return(evidence);
        }
    }

    private BinEvidence Rent(long bin, BinEvidencePool pool)
    {
        if (_spare is not { } spare)
            return pool.Rent(bin);
        _spare = null;
        spare.Reset(bin);
        return spare;
    }

    private readonly long OldestPending()
    {
        var oldest = long.MaxValue;
        for (var i = 0; i < _pending.Count; i++)
            oldest = Math.Min(oldest, _pending[i].Bin);
        return oldest;
    }
}
