using FactBot.Core.Abstractions;
using FactBot.Core.Verdicts;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>Verdicts keyed by (alert, voter); an alert's verdicts come from the alert index, oldest first.</summary>
internal sealed class LiteDbVerdictStore(FactBotDatabase database) : IVerdictStore
{
    private readonly ILiteCollection<BsonDocument> _verdicts = database.Collection(Collections.Verdicts);

    public Task UpsertAsync(Verdict verdict, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _verdicts.Upsert(VerdictDocument.ToDocument(verdict));
        return Task.CompletedTask;
    }

    public Task<Verdict?> GetAsync(string alertId, string voterKey, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _verdicts.FindById(Verdict.KeyOf(alertId, voterKey));
        return Task.FromResult(doc is null ? null : VerdictDocument.ToVerdict(doc));
    }

    public Task<IReadOnlyList<Verdict>> ListForAlertAsync(string alertId, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        // An alert has a handful of verdicts: sorting them here is cheaper than a compound index.
        IReadOnlyList<Verdict> verdicts = ByAlert(_verdicts, alertId)
            .ToEnumerable()
            .Select(VerdictDocument.ToVerdict)
            .OrderBy(v => v.At)
            .ThenBy(v => v.VoterKey, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(verdicts);
    }

    /// <summary>One alert's verdicts, from the alert index (the query plan test checks it).</summary>
    internal static ILiteQueryableResult<BsonDocument> ByAlert(ILiteCollection<BsonDocument> verdicts, string alertId) =>
        verdicts.Query().Where($"$.{VerdictDocument.AlertId} = @0", alertId);
}
