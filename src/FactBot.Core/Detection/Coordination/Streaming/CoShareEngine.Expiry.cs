namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>The engine's clock side: forgetting what left the lookback, and re-judging co-shares whose objects' popularity changed.</summary>
internal sealed partial class CoShareEngine
{
    /// <summary>
    /// Forgets co-shares, shares and posts older than <paramref name="cutoff"/> (posts a time window later, so a live
    /// co-share's older post stays readable), sweeps document frequencies a few times per lookback, and re-judges the
    /// co-shares of objects that started or stopped trending.
    /// </summary>
    public void ExpireBefore(DateTimeOffset cutoff)
    {
        var ticks = cutoff.UtcTicks;
        if (ticks > _cutoff)
        {
            _cutoff = ticks;
            while (_expiry.TryPeek(out var record, out var at) && at < ticks)
            {
                _expiry.Dequeue();
                record.Expired = true;
                _network.Remove(record);
            }

            _index.DropBefore(ticks);
            _bandCutoff = Math.Max(ticks, ticks + _options.Lookback.Ticks - _options.NearTextLookback.Ticks);
            _bands.DropBefore(_bandCutoff);
            _posts.DropBefore(ticks - _window);
            if (ticks >= _nextSweep)
                Sweep(ticks);
        }

        foreach (var id in _dirty)
        {
            if (!_byObject.TryGetValue(id, out var list))
                continue;
            foreach (var record in list)
            {
                if (!record.Expired)
                    _network.SetCounting(record, Counts(record.Objects));
            }
        }

        _dirty.Clear();
    }

    private void Sweep(long ticks)
    {
        _nextSweep = ticks + (_options.Lookback.Ticks / 6);
        _df.Sweep(ticks, id =>
        {
            if (_byObject.ContainsKey(id))
                _dirty.Add(id);
        });

        // Accounts a margin earlier: a share still in the index (its slice may reach a slice width back) or a live
        // co-share's older post (a window back) must never point at a reused id.
        _accounts.Sweep(ticks - _window - Math.Max(2 * _window, TimeSpan.FromMinutes(1).Ticks) - TimeSpan.TicksPerMinute);

        var live = new HashSet<ulong>();
        foreach (var (id, list) in _byObject)
        {
            list.RemoveAll(record => record.Expired);
            if (list.Count == 0)
                _byObject.Remove(id);
        }

        foreach (var (record, _) in _expiry.UnorderedItems)
        {
            foreach (var item in record.Objects)
                live.Add(item.Id);
        }

        foreach (var id in _registry.Keys)
        {
            if (!live.Contains(id))
                _registry.Remove(id);
        }
    }
}
