using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// Runs every detector over stored posts and turns their findings into alert changes. Detectors are not
/// thread-safe, and both the ingest loop and the bin-close job call in here, so one gate serialises them; inside it,
/// a batch goes to the detectors side by side (<see cref="DetectorLanes"/>), each seeing every post in order.
/// </summary>
public sealed class DetectionEngine : IDisposable
{
    private readonly IDetector[] _detectors;
    private readonly AlertEngine _alerts;
    private readonly DetectorLanes _lanes;
    private readonly List<IAlertChangeHandler> _handlers;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TargetMatcher _matcher = TargetMatcher.Empty;

    public DetectionEngine(IEnumerable<IDetector> detectors, AlertEngine alerts, IEnumerable<IAlertChangeHandler> handlers)
    {
        _detectors = [.. detectors];
        _alerts = alerts;
        _handlers = [.. handlers];
        _lanes = new DetectorLanes(_detectors, Environment.ProcessorCount);
    }

    public IReadOnlyList<IDetector> Detectors => _detectors;

    public TargetMatcher Matcher => _matcher;

    /// <summary>Adds a handler for this run (the replay's alert file).</summary>
    public void AddHandler(IAlertChangeHandler handler) => _handlers.Add(handler);

    public async Task SetWatchlistsAsync(IEnumerable<Watchlist> watchlists, CancellationToken ct = default)
    {
        var matcher = new TargetMatcher(watchlists);
        await _gate.WaitAsync(ct);
        try
        {
            _matcher = matcher;
            foreach (var detector in _detectors)
                detector.SetWatched([.. matcher.Watched]);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task ObserveAsync(IReadOnlyList<Post> posts, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            _lanes.Observe(posts, _matcher);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Closes the bins that ended by <paramref name="now"/> and applies the findings. With <paramref name="emit"/>
    /// false the findings are dropped: used after a restart to rebuild detector state from stored posts without
    /// re-announcing what was already announced.
    /// </summary>
    public async Task<IReadOnlyList<AlertChange>> AdvanceAsync(DateTimeOffset now, bool emit = true, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            var signals = _lanes.Advance(now);
            if (!emit)
                return [];

            var changes = await _alerts.ApplyAsync(signals, now, ct);
            if (changes.Count > 0)
            {
                foreach (var handler in _handlers)
                    await handler.HandleAsync(changes, now, ct);
            }

            return changes;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose()
    {
        _lanes.Dispose();
        _gate.Dispose();
    }
}
