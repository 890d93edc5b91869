using FactBot.Core.Abstractions;
using FactBot.Core.Sources;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="ICheckpointStore"/> in a dictionary keyed by source id.</summary>
public sealed class InMemoryCheckpointStore : ICheckpointStore
{
    private readonly Dictionary<string, SourceCheckpoint> _checkpoints = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task<SourceCheckpoint?> GetAsync(string sourceId, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_checkpoints.GetValueOrDefault(sourceId));
    }

    public Task<IReadOnlyList<SourceCheckpoint>> ListAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<SourceCheckpoint>>([.. _checkpoints.Values.OrderBy(c => c.SourceId, StringComparer.Ordinal)]);
    }

    public Task SaveAsync(SourceCheckpoint checkpoint, CancellationToken ct = default)
    {
        lock (_gate)
            _checkpoints[checkpoint.SourceId] = checkpoint;

        return Task.CompletedTask;
    }
}
