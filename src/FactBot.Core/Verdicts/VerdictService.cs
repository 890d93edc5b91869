using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Results;

namespace FactBot.Core.Verdicts;

/// <summary>
/// Records verdicts and keeps <see cref="Alert.Verdicts"/> equal to what the verdict store holds, so digests and
/// <c>/explain</c> read the tally from the alert. The store is the truth; the tally on the alert is a copy,
/// recomputed (never incremented) so a lost write heals on the next refresh.
/// </summary>
public sealed class VerdictService(IVerdictStore verdicts, IAlertStore alerts, TimeProvider time) : IDisposable
{
    // One refresh at a time: two interleaved read-count-save cycles could otherwise save the older count last.
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task<Result<VerdictOutcome>> RecordAsync(
        string alertId, string voterKey, VerdictValue value, string? note, CancellationToken ct = default)
    {
        if (!await alerts.ExistsAsync(alertId, ct))
            return new NotFound($"There is no alert {alertId}.");

        var replaced = await verdicts.GetAsync(alertId, voterKey, ct);
        var verdict = new Verdict(alertId, voterKey, value, string.IsNullOrWhiteSpace(note) ? null : note.Trim(), time.GetUtcNow());
        await verdicts.UpsertAsync(verdict, ct);
        var alert = await RefreshTallyAsync(alertId, ct);
        return alert is null
            ? new NotFound($"There is no alert {alertId}.")
            : new VerdictOutcome(alert, verdict, replaced);
    }

    /// <summary>Recounts an alert's verdicts and saves the tally on it if it differs; null if the alert is gone.</summary>
    public async Task<Alert?> RefreshTallyAsync(string alertId, CancellationToken ct = default)
    {
        await _gate.WaitAsync(ct);
        try
        {
            if (await alerts.GetAsync(alertId, ct) is not { } alert)
                return null;
            var tally = VerdictValues.Tally(await verdicts.ListForAlertAsync(alertId, ct));
            if (tally == alert.Verdicts)
                return alert;
            var updated = alert with { Verdicts = tally };
            await alerts.UpsertAsync(updated, ct);
            return updated;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
