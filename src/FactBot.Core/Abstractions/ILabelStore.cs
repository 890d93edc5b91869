using FactBot.Core.Labels;

namespace FactBot.Core.Abstractions;

/// <summary>Curated account labels, keyed by (platform, handle).</summary>
public interface ILabelStore
{
    /// <summary>Inserts or replaces; returns how many were written.</summary>
    Task<int> UpsertAsync(IReadOnlyList<AccountLabel> labels, CancellationToken ct = default);

    Task<AccountLabel?> GetAsync(string platform, string handle, CancellationToken ct = default);

    Task<bool> RemoveAsync(string platform, string handle, CancellationToken ct = default);

    /// <summary>All labels, or those of one platform.</summary>
    Task<IReadOnlyList<AccountLabel>> ListAsync(string? platform = null, CancellationToken ct = default);
}
