using FactBot.Core.Abstractions;
using FactBot.Core.Sources;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

internal sealed class LiteDbCheckpointStore(FactBotDatabase database) : ICheckpointStore
{
    private readonly ILiteCollection<BsonDocument> _checkpoints = database.Collection(Collections.Checkpoints);

    public Task<SourceCheckpoint?> GetAsync(string sourceId, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _checkpoints.FindById(sourceId);
        return Task.FromResult(doc is null ? null : CheckpointDocument.ToCheckpoint(doc));
    }

    public Task<IReadOnlyList<SourceCheckpoint>> ListAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        IReadOnlyList<SourceCheckpoint> all = [.. _checkpoints.FindAll().Select(CheckpointDocument.ToCheckpoint).OrderBy(c => c.SourceId, StringComparer.Ordinal)];
        return Task.FromResult(all);
    }

    public Task SaveAsync(SourceCheckpoint checkpoint, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _checkpoints.Upsert(CheckpointDocument.ToDocument(checkpoint));
        return Task.CompletedTask;
    }
}
