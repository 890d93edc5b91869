using FactBot.Core.Abstractions;
using FactBot.Core.Subscriptions;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>Subscriptions keyed by <see cref="Subscription.Id"/>; lists are ordered by id.</summary>
internal sealed class LiteDbSubscriptionStore(FactBotDatabase database) : ISubscriptionStore
{
    private readonly ILiteCollection<BsonDocument> _subscriptions = database.Collection(Collections.Subscriptions);

    public Task UpsertAsync(Subscription subscription, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _subscriptions.Upsert(SubscriptionDocument.ToDocument(subscription));
        return Task.CompletedTask;
    }

    public Task<Subscription?> GetAsync(string id, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _subscriptions.FindById(id);
        return Task.FromResult(doc is null ? null : SubscriptionDocument.ToSubscription(doc));
    }

    public Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_subscriptions.Delete(id));
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult<IReadOnlyList<Subscription>>(ToSubscriptions(_subscriptions.FindAll()));
    }

    public Task<IReadOnlyList<Subscription>> ListForChatAsync(string chatKey, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var docs = _subscriptions.Find(BsonExpression.Create($"$.{SubscriptionDocument.ChatKey} = @0", chatKey));
        return Task.FromResult<IReadOnlyList<Subscription>>(ToSubscriptions(docs));
    }

    private static List<Subscription> ToSubscriptions(IEnumerable<BsonDocument> docs) => docs
        .Select(SubscriptionDocument.ToSubscription)
        .OrderBy(subscription => subscription.Id, StringComparer.Ordinal)
        .ToList();
}
