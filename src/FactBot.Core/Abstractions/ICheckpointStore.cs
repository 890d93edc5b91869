using FactBot.Core.Sources;

namespace FactBot.Core.Abstractions;

public interface ICheckpointStore
{
    Task<SourceCheckpoint?> GetAsync(string sourceId, CancellationToken ct = default);

    Task SaveAsync(SourceCheckpoint checkpoint, CancellationToken ct = default);

    /// <summary>Every source's checkpoint, by source id (for freshness reports).</summary>
    Task<IReadOnlyList<SourceCheckpoint>> ListAsync(CancellationToken ct = default);
}
