using FactBot.Core.Abstractions;
using FactBot.Core.Labels;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>Labels keyed by <see cref="AccountLabel.Key"/> (<c>platform:handle</c>); lists are ordered by key.</summary>
internal sealed class LiteDbLabelStore(FactBotDatabase database) : ILabelStore
{
    private readonly ILiteCollection<BsonDocument> _labels = database.Collection(Collections.Labels);

    public Task<int> UpsertAsync(IReadOnlyList<AccountLabel> labels, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (labels.Count == 0)
            return Task.FromResult(0);

        // A later label for the same account wins, as if they were upserted one by one; each account counts once.
        var docs = labels
            .GroupBy(label => label.Key, StringComparer.Ordinal)
            .Select(group => ToDocument(group.Last()))
            .ToList();
        _labels.Upsert(docs);
        return Task.FromResult(docs.Count);
    }

    public Task<AccountLabel?> GetAsync(string platform, string handle, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _labels.FindById(LabelKey.Of(platform, handle));
        return Task.FromResult(doc is null ? null : AccountLabelDocument.ToLabel(doc));
    }

    public Task<bool> RemoveAsync(string platform, string handle, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_labels.Delete(LabelKey.Of(platform, handle)));
    }

    public Task<IReadOnlyList<AccountLabel>> ListAsync(string? platform = null, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var docs = platform is null
            ? _labels.FindAll()
            : _labels.Find(BsonExpression.Create($"$.{AccountLabelDocument.Platform} = @0", platform));
        IReadOnlyList<AccountLabel> labels = docs
            .Select(AccountLabelDocument.ToLabel)
            .OrderBy(label => label.Key, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult(labels);
    }

    private static BsonDocument ToDocument(AccountLabel label)
    {
        var doc = AccountLabelDocument.ToDocument(label);
        doc["_id"] = label.Key;
        return doc;
    }
}
