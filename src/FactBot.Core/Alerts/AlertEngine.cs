using FactBot.Core.Abstractions;

namespace FactBot.Core.Alerts;

/// <summary>
/// Turns detector findings into alerts: one open alert per (kind, target, group); new evidence updates it, a quiet
/// period closes it, and a re-surge soon after re-opens it. Every alert keeps the numbers behind it.
/// Callers serialise access (the detection engine holds one gate).
/// </summary>
public sealed class AlertEngine(IAlertStore store, AlertOptions options)
{
    private Dictionary<string, Alert>? _open;

    public async Task<IReadOnlyList<Alert>> OpenAlertsAsync(CancellationToken ct = default) =>
        [.. (await LoadOpenAsync(ct)).Values];

    public async Task<IReadOnlyList<AlertChange>> ApplyAsync(
        IReadOnlyList<DetectionSignal> signals, DateTimeOffset now, CancellationToken ct = default)
    {
        var open = await LoadOpenAsync(ct);
        var changes = new List<AlertChange>();
        foreach (var signal in signals.OrderBy(s => s.WindowEnd).ThenBy(s => s.Kind).ThenBy(s => s.Target.Key, StringComparer.Ordinal))
        {
            var key = AlertDedupeKey.Of(signal.Kind, signal.Target.Key, signal.GroupKey);
            if (signal.Withdrawn)
            {
                if (await WithdrawAsync(open, key, signal, now, ct) is { } withdrawn)
                    changes.Add(withdrawn);
                continue;
            }

            var change = open.TryGetValue(key, out var current)
                ? Updated(await FreshAsync(current, ct), signal, now)
                : await OpenOrReopenAsync(key, signal, now, ct);
            if (change is null)
                continue;
            open[key] = change.Alert;
            await store.UpsertAsync(change.Alert, ct);
            changes.Add(change);
        }

        await CorroborateAsync(open, changes, ct);
        foreach (var (key, alert) in open.Where(p => p.Value.QuietFrom + options.QuietPeriod <= now).ToList())
        {
            var closed = await FreshAsync(alert, ct) with { Status = AlertStatus.Closed, ClosedAt = now, UpdatedAt = now };
            open.Remove(key);
            await store.UpsertAsync(closed, ct);
            changes.Add(new AlertChange(AlertChangeKind.Closed, closed));
        }

        return changes;
    }

    // An alert that rests on the withdrawn window alone is withdrawn (kept, with its numbers, for the record); one that
    // other windows support stands.
    private async Task<AlertChange?> WithdrawAsync(Dictionary<string, Alert> open, string key, DetectionSignal signal, DateTimeOffset now, CancellationToken ct)
    {
        var alert = open.TryGetValue(key, out var current) ? await FreshAsync(current, ct) : await store.GetLatestByDedupeKeyAsync(key, ct);
        if (alert is null or { Status: AlertStatus.Withdrawn } || alert.WindowStart != signal.WindowStart || alert.WindowEnd != signal.WindowEnd)
            return null;
        var withdrawn = alert with
        {
            Status = AlertStatus.Withdrawn,
            ClosedAt = now,
            UpdatedAt = now,
            Revision = alert.Revision + 1,
            Explanation = $"{signal.Explanation} It said: {alert.Explanation}",
        };
        open.Remove(key);
        await store.UpsertAsync(withdrawn, ct);
        return new AlertChange(AlertChangeKind.Withdrawn, withdrawn);
    }

    /// <summary>Raises the severity of open alerts that other kinds corroborate on the same target.</summary>
    private async Task CorroborateAsync(Dictionary<string, Alert> open, List<AlertChange> changes, CancellationToken ct)
    {
        foreach (var target in open.Values.GroupBy(a => a.Target.Key, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var present = target.Select(a => a.Kind).ToHashSet();
            foreach (var alert in target.ToList())
            {
                var required = Corroboration.Required(alert.Kind, present);
                if (required <= alert.Severity)
                    continue;
                // An alert already changed in this round keeps that change's revision; others get a new one.
                var index = changes.FindIndex(c => c.Alert.Id == alert.Id);
                var raised = Corroboration.Raise(await FreshAsync(alert, ct), required, present, isNewRevision: index < 0);
                open[alert.DedupeKey] = raised;
                await store.UpsertAsync(raised, ct);
                if (index >= 0)
                    changes[index] = changes[index] with { Alert = raised };
                else
                    changes.Add(new AlertChange(AlertChangeKind.Updated, raised, alert.Severity));
            }
        }
    }

    private async Task<AlertChange?> OpenOrReopenAsync(string key, DetectionSignal signal, DateTimeOffset now, CancellationToken ct)
    {
        var latest = await store.GetLatestByDedupeKeyAsync(key, ct);

        // Late data judged again finds a window a closed alert already told about: not news.
        if (latest is { Status: AlertStatus.Closed } && latest.WindowStart <= signal.WindowStart && signal.WindowEnd <= latest.WindowEnd)
            return null;
        if (latest is { Status: AlertStatus.Closed, ClosedAt: { } closedAt } && now - closedAt <= options.ReopenWindow)
        {
            var reopened = Update(latest, signal, now) with
            {
                Status = AlertStatus.Open,
                ClosedAt = null,
                ReopenCount = latest.ReopenCount + 1,
            };
            return new AlertChange(AlertChangeKind.Reopened, reopened, latest.Severity);
        }

        var id = await FreeIdAsync(key, signal.WindowEnd, ct);
        var alert = new Alert
        {
            Id = id,
            Kind = signal.Kind,
            Target = signal.Target,
            Watchlist = signal.Watchlist,
            Watchlists = AudienceOf(signal),
            GroupKey = signal.GroupKey,
            OpenedAt = now,
            UpdatedAt = now,
            WindowStart = signal.WindowStart,
            WindowEnd = signal.WindowEnd,
            Severity = signal.Severity,
            Confidence = signal.Confidence,
            Signals = signal.Numbers,
            Evidence = Bound(signal.Evidence),
            Explanation = signal.Explanation,
            LateBy = LateBy(signal, now),
        };
        return new AlertChange(AlertChangeKind.Opened, alert);
    }

    /// <summary>
    /// The cached alert with what others changed in the store since (volunteers' verdict tallies), so an update
    /// never writes back a stale copy over them.
    /// </summary>
    private async Task<Alert> FreshAsync(Alert cached, CancellationToken ct) =>
        await store.GetAsync(cached.Id, ct) is { } stored && stored.Verdicts != cached.Verdicts
            ? cached with { Verdicts = stored.Verdicts }
            : cached;

    private async Task<string> FreeIdAsync(string key, DateTimeOffset windowEnd, CancellationToken ct)
    {
        foreach (var candidate in AlertIdGenerator.Candidates(key, windowEnd))
        {
            if (!await store.ExistsAsync(candidate, ct))
                return candidate;
        }

        // Twelve characters of a SHA-256 colliding with stored alerts means a corrupt store, not bad luck.
        throw new InvalidOperationException($"No free alert id for '{key}'.");
    }

    // An update that changes nothing a volunteer would see (late data judged again on the same numbers) is no change.
    private AlertChange? Updated(Alert current, DetectionSignal signal, DateTimeOffset now)
    {
        var updated = Update(current, signal, now);
        var same = updated.Severity == current.Severity
            && updated.WindowStart == current.WindowStart
            && updated.WindowEnd == current.WindowEnd
            && updated.Signals.Count == current.Signals.Count && !updated.Signals.Except(current.Signals).Any()
            && SameSet(updated.Evidence.PostKeys, current.Evidence.PostKeys)
            && SameSet(updated.Evidence.Accounts, current.Evidence.Accounts)
            && SameSet(updated.Evidence.LabelledAccounts, current.Evidence.LabelledAccounts)
            && SameSet(updated.Evidence.Objects, current.Evidence.Objects)
            && SameSet(updated.Watchlists, current.Watchlists);
        return same ? null : new AlertChange(AlertChangeKind.Updated, updated, current.Severity);
    }

    private static IReadOnlyList<string> AudienceOf(DetectionSignal signal) =>
        signal.Audience is { Count: > 0 } audience ? audience : [signal.Watchlist];

    private TimeSpan? LateBy(DetectionSignal signal, DateTimeOffset now)
    {
        var after = now - signal.WindowEnd;
        return after > (signal.WindowEnd - signal.WindowStart) + options.FoundLateAfter ? after : null;
    }

    private Alert Update(Alert current, DetectionSignal signal, DateTimeOffset now)
    {
        // A finding on an earlier window than the alert's newest (late posts judged again) adds its evidence; the
        // numbers stay those of the newest window.
        var older = signal.WindowEnd < current.WindowEnd;
        return current with
        {
            Status = AlertStatus.Updated,
            UpdatedAt = now,
            WindowStart = signal.WindowStart < current.WindowStart ? signal.WindowStart : current.WindowStart,
            WindowEnd = signal.WindowEnd > current.WindowEnd ? signal.WindowEnd : current.WindowEnd,
            Severity = signal.Severity > current.Severity ? signal.Severity : current.Severity,
            Watchlists = [.. current.Audience.Union(AudienceOf(signal), StringComparer.Ordinal)],
            Confidence = Math.Max(signal.Confidence, current.Confidence),
            Signals = older ? current.Signals : signal.Numbers,
            Evidence = Bound(Merge(current.Evidence, signal.Evidence)),
            Explanation = older ? current.Explanation : signal.Explanation,
            Revision = current.Revision + 1,
            LateBy = LateBy(signal, now) ?? (older ? current.LateBy : null),
        };
    }

    private AlertEvidence Bound(AlertEvidence evidence) => new()
    {
        PostKeys = [.. evidence.PostKeys.Take(options.MaxEvidence)],
        Accounts = [.. evidence.Accounts.Take(options.MaxEvidence)],
        LabelledAccounts = [.. evidence.LabelledAccounts.Take(options.MaxEvidence)],
        Objects = [.. evidence.Objects.Take(options.MaxEvidence)],
        Links = [.. evidence.Links.Take(options.MaxEvidence)],
    };

    private static AlertEvidence Merge(AlertEvidence old, AlertEvidence fresh) => new()
    {
        PostKeys = Union(old.PostKeys, fresh.PostKeys),
        Accounts = Union(fresh.Accounts, old.Accounts),
        LabelledAccounts = Union(fresh.LabelledAccounts, old.LabelledAccounts),
        Objects = Union(old.Objects, fresh.Objects),
        Links = Union(old.Links, fresh.Links),
    };

    private static bool SameSet(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        a.Count == b.Count && a.ToHashSet(StringComparer.Ordinal).SetEquals(b);

    private static string[] Union(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        [.. first.Concat(second).Distinct(StringComparer.Ordinal)];

    private async Task<Dictionary<string, Alert>> LoadOpenAsync(CancellationToken ct)
    {
        if (_open is null)
        {
            var open = await store.GetOpenAsync(ct);
            _open = open.ToDictionary(a => a.DedupeKey, StringComparer.Ordinal);
        }

        return _open;
    }
}
