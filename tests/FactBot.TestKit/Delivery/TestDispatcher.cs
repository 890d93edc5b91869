using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.TestKit.Delivery;

/// <summary>An outbox dispatcher composed as the host composes it, over the given fakes.</summary>
public static class TestDispatcher
{
    public static OutboxDispatcher Create(
        IOutboxStore outbox, ISubscriptionStore subscriptions, IEnumerable<IChatSender> senders, DeliveryOptions options, TimeProvider time,
        IAuditLog? audit = null)
    {
        var mover = new ChatMover(subscriptions, new SubscriptionManager(subscriptions, []), outbox, audit ?? new InMemoryAuditLog(), time);
        var failures = new DeliveryFailures(outbox, subscriptions, mover, options, time);
        return new OutboxDispatcher(outbox, failures, senders, time, NullLogger<OutboxDispatcher>.Instance, options);
    }
}
