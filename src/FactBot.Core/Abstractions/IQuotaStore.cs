using FactBot.Core.Sources;

namespace FactBot.Core.Abstractions;

/// <summary>
/// The day's use of a rate-limited API, by name (one per quota a source shares across its queries), so a restart
/// neither forgets what was spent today nor a pause the API imposed. Kept apart from source checkpoints: a quota is
/// not a position in any stream, and nothing resumes from it.
/// </summary>
public interface IQuotaStore
{
    /// <summary>The last saved usage under <paramref name="name"/>, whatever its day, or null.</summary>
    Task<QuotaUsage?> GetAsync(string name, CancellationToken ct = default);

    /// <summary>Replaces the usage saved under <see cref="QuotaUsage.Name"/>.</summary>
    Task SaveAsync(QuotaUsage usage, CancellationToken ct = default);
}
