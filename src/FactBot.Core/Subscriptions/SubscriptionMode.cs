namespace FactBot.Core.Subscriptions;

public enum SubscriptionMode
{
    Alerts,
    Digest,
    Both,
}
