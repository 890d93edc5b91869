using FactBot.Core.Subscriptions;

namespace FactBot.Core.Abstractions;

public interface ISubscriptionStore
{
    Task UpsertAsync(Subscription subscription, CancellationToken ct = default);

    Task<Subscription?> GetAsync(string id, CancellationToken ct = default);

    Task<bool> DeleteAsync(string id, CancellationToken ct = default);

    Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default);

    Task<IReadOnlyList<Subscription>> ListForChatAsync(string chatKey, CancellationToken ct = default);
}
