using FactBot.Core.Abstractions;
using FactBot.Core.Subscriptions;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="ISubscriptionStore"/> in a dictionary keyed by <see cref="Subscription.Id"/>; lists are ordered by id.</summary>
public sealed class InMemorySubscriptionStore : ISubscriptionStore
{
    private readonly Dictionary<string, Subscription> _subscriptions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    public Task UpsertAsync(Subscription subscription, CancellationToken ct = default)
    {
        lock (_gate)
            _subscriptions[subscription.Id] = subscription;

        return Task.CompletedTask;
    }

    public Task<Subscription?> GetAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_subscriptions.GetValueOrDefault(id));
    }

    public Task<bool> DeleteAsync(string id, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_subscriptions.Remove(id));
    }

    public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default) => List(_ => true);

    public Task<IReadOnlyList<Subscription>> ListForChatAsync(string chatKey, CancellationToken ct = default) =>
        List(s => s.Chat.Key == chatKey);

    private Task<IReadOnlyList<Subscription>> List(Func<Subscription, bool> filter)
    {
        lock (_gate)
        {
            IReadOnlyList<Subscription> subscriptions = [.. _subscriptions.Values.Where(filter).OrderBy(s => s.Id, StringComparer.Ordinal)];
            return Task.FromResult(subscriptions);
        }
    }
}
