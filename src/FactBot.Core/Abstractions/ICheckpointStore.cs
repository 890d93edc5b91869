using FactBot.Core.Sources;

namespace FactBot.Core.Abstractions;

public interface ICheckpointStore
{
    Task<SourceCheckpoint?> GetAsync(string sourceId, CancellationToken ct = default);

    Task SaveAsync(SourceCheckpoint checkpoint, CancellationToken ct = default);
}
