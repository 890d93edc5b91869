using FactBot.Core.Verdicts;

namespace FactBot.Core.Abstractions;

/// <summary>Volunteers' verdicts, one per (alert, voter), keyed by <see cref="Verdict.Id"/>.</summary>
public interface IVerdictStore
{
    /// <summary>Inserts the voter's verdict on the alert, or replaces the one they gave before.</summary>
    Task UpsertAsync(Verdict verdict, CancellationToken ct = default);

    Task<Verdict?> GetAsync(string alertId, string voterKey, CancellationToken ct = default);

    /// <summary>Every verdict on one alert, oldest first (ties by voter key).</summary>
    Task<IReadOnlyList<Verdict>> ListForAlertAsync(string alertId, CancellationToken ct = default);
}
