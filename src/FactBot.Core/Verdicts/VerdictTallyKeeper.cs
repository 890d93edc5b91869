using FactBot.Core.Alerts;

namespace FactBot.Core.Verdicts;

/// <summary>
/// The alert engine keeps open alerts in memory and saves its copy on every update, which would put back the tally
/// from before a verdict. After each change this puts the stored verdicts' tally back on the alert.
/// </summary>
public sealed class VerdictTallyKeeper(VerdictService verdicts) : IAlertChangeHandler
{
    public async Task HandleAsync(IReadOnlyList<AlertChange> changes, DateTimeOffset now, CancellationToken ct = default)
    {
        foreach (var change in changes)
        {
            // A freshly opened alert has no verdicts yet: skip the store round trip for the common case.
            if (change.Kind != AlertChangeKind.Opened)
                await verdicts.RefreshTallyAsync(change.Alert.Id, ct);
        }
    }
}
