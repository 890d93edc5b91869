using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection;

/// <summary>
/// Runs every detector over stored posts and turns their findings into alert changes. Detectors are not
/// thread-safe, and the ingest driver, the bin-close job and replays all call in here, so one gate serialises them;
/// inside it, a batch goes to the detectors side by side (<see cref="DetectorLanes"/>), each seeing every post in order.
/// </summary>
/// <remarks>
/// Crash-exactness: every clock step is journaled (<see cref="DetectionMark"/>) in the same atomic scope as the alerts
/// and messages it produced, so after a restart <see cref="RebuildAsync"/> shows the detectors the stored posts and
/// steps again, in the same order, and they stand exactly where they stood when the last scope committed.
/// </remarks>
public sealed class DetectionEngine : IDisposable
{
    private readonly IDetector[] _detectors;
    private readonly AlertEngine _alerts;
    private readonly DetectorLanes _lanes;
    private readonly List<IAlertChangeHandler> _handlers;
    private readonly IAtomicScope _scope;
    private readonly IDetectionJournal? _journal;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TargetMatcher _matcher = TargetMatcher.Empty;
    private IReadOnlyList<Watchlist> _watchlists = [];
    private DateTimeOffset? _clock;
    private bool _rebuilt;

    public DetectionEngine(
        IEnumerable<IDetector> detectors,
        AlertEngine alerts,
        IEnumerable<IAlertChangeHandler> handlers,
        IAtomicScope? scope = null,
        IDetectionJournal? journal = null)
    {
        _detectors = [.. detectors];
        _alerts = alerts;
        _handlers = [.. handlers];
        _scope = scope ?? ImmediateScope.Instance;
        _journal = journal;
        _lanes = new DetectorLanes(_detectors, Environment.ProcessorCount);
    }

    public IReadOnlyList<IDetector> Detectors => _detectors;

    public TargetMatcher Matcher => _matcher;

    /// <summary>The store sequence number of the last post the detectors observed.</summary>
    public long ObservedThrough { get; private set; }

    /// <summary>Adds a handler for this run (the replay's alert file).</summary>
    public void AddHandler(IAlertChangeHandler handler) => _handlers.Add(handler);

    /// <summary>
    /// Gives the detectors these watchlists from now on. Before the start-up rebuild they are simply the configuration;
    /// after it, a change is journaled at the point of the post stream where it takes effect, so a later rebuild matches
    /// every post against the targets of its own time, as the uninterrupted run did.
    /// </summary>
    public async Task SetWatchlistsAsync(IEnumerable<Watchlist> watchlists, CancellationToken ct = default)
    {
        IReadOnlyList<Watchlist> lists = [.. watchlists];
        await _gate.WaitAsync(ct);
        try
        {
            if (_rebuilt && WatchlistJson.Same(lists, _watchlists))
                return;
            if (_rebuilt)
                await JournalWatchlistsAsync(lists, ct);
            ApplyWatchlistsLocked(lists);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> alone (the engine's gate) and inside one atomic scope: what it stores, the
    /// detector steps it takes and the alerts and messages they cause are committed together or not at all.
    /// </summary>
    public async Task<T> CommitAsync<T>(Func<DetectionStep, CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        // The gate first, the scope inside it: a scope waiting for the gate would hold store locks another scope needs.
        await _gate.WaitAsync(ct);
        try
        {
            return await _scope.RunAsync(token => work(new DetectionStep(this), token), ct);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Observes posts outside any store scope (tests and benches that drive detectors directly).</summary>
    public Task ObserveAsync(IReadOnlyList<Post> posts, CancellationToken ct = default) =>
        CommitAsync((step, _) =>
        {
            step.Observe(posts, ObservedThrough + posts.Count);
            return Task.FromResult(0);
        }, ct);

    /// <summary>
    /// Closes the bins that ended by <paramref name="now"/> and applies the findings, journaled with them. With
    /// <paramref name="emit"/> false the findings are dropped (stored history becoming baseline, not news).
    /// </summary>
    public Task<IReadOnlyList<AlertChange>> AdvanceAsync(DateTimeOffset now, bool emit = true, CancellationToken ct = default) =>
        CommitAsync((step, token) => step.AdvanceAsync(now, emit, token), ct);

    /// <summary>
    /// At start, once per process (after the watchlists are loaded): shows the detectors the stored posts and journaled
    /// steps of the last <paramref name="lookback"/> again, in their original order, without emitting anything (those
    /// alerts are already stored), then the posts stored after the last step. Returns how many posts were replayed
    /// (0 when this process already rebuilt).
    /// </summary>
    public async Task<long> EnsureRebuiltAsync(IPostStore posts, TimeSpan lookback, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (_rebuilt)
                return 0;
            var configured = _watchlists;
            var rebuild = new DetectorRebuild(posts, _journal, this);
            var replayed = await rebuild.RunAsync(lookback, ct);

            // Watchlists edited while FactBot was down (or never journaled) take effect here, after the stored posts.
            if (rebuild.Watchlists is not { } known || !WatchlistJson.Same(known, configured))
                await JournalWatchlistsAsync(configured, ct);
            ApplyWatchlistsLocked(configured);
            _rebuilt = true;
            return replayed;
        }
        finally
        {
            _gate.Release();
        }
    }

    internal void ApplyWatchlistsLocked(IReadOnlyList<Watchlist> lists)
    {
        var matcher = new TargetMatcher(lists);
        _watchlists = lists;
        _matcher = matcher;
        foreach (var detector in _detectors)
            detector.SetWatched([.. matcher.Watched]);
    }

    private Task JournalWatchlistsAsync(IReadOnlyList<Watchlist> lists, CancellationToken ct) =>
        _journal is null
            ? Task.CompletedTask
            : _scope.RunAsync(async token =>
            {
                // At: the clock of the last step, so the journal stays in time order; before any step, the earliest time.
                await _journal.AppendAsync(new DetectionMark(ObservedThrough, _clock ?? DateTimeOffset.MinValue) { Watchlists = lists }, token);
                return 0;
            }, ct);

    internal void ObserveLocked(IReadOnlyList<Post> posts, long lastSequence)
    {
        if (posts.Count > 0)
            _lanes.Observe(posts, _matcher);
        ObservedThrough = Math.Max(ObservedThrough, lastSequence);
    }

    internal async Task<IReadOnlyList<AlertChange>> AdvanceLockedAsync(DateTimeOffset now, bool emit, bool journal, CancellationToken ct)
    {
        var signals = _lanes.Advance(now);
        _clock = _clock is { } clock && clock > now ? clock : now;
        if (journal && _journal is not null)
            await _journal.AppendAsync(new DetectionMark(ObservedThrough, now), ct);
        if (!emit)
            return [];

        var changes = await _alerts.ApplyAsync(Addressed(signals), now, ct);
        if (changes.Count > 0)
        {
            foreach (var handler in _handlers)
                await handler.HandleAsync(changes, now, ct);
        }

        return changes;
    }

    // A finding is news for every watchlist watching its target, unless its detector already said which (own gates).
    private List<DetectionSignal> Addressed(List<DetectionSignal> signals)
    {
        for (var i = 0; i < signals.Count; i++)
        {
            if (signals[i] is { Audience: null, Withdrawn: false } signal)
                signals[i] = signal with { Audience = _matcher.WatchlistsOf(signal.Target.Key) };
        }

        return signals;
    }

    public void Dispose()
    {
        _lanes.Dispose();
        _gate.Dispose();
    }
}
