using FactBot.Core.Alerts;
using FactBot.Core.Subscriptions;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>Maps <see cref="Subscription"/>, keyed by its id, with the chat key as an indexed field.</summary>
internal static class SubscriptionDocument
{
    public const string ChatKey = "ChatKey";

    public static BsonDocument ToDocument(Subscription subscription)
    {
        var doc = new BsonDocument
        {
            ["_id"] = subscription.Id,
            [nameof(Subscription.Chat)] = ChatRefDocument.ToDocument(subscription.Chat),
            [ChatKey] = subscription.Chat.Key,
            [nameof(Subscription.Watchlist)] = subscription.Watchlist,
            [nameof(Subscription.Mode)] = BsonConvert.Enum(subscription.Mode),
            [nameof(Subscription.Schedule)] = subscription.Schedule,
            [nameof(Subscription.TimeZone)] = subscription.TimeZone,
            [nameof(Subscription.MinSeverity)] = BsonConvert.Enum(subscription.MinSeverity),
            [nameof(Subscription.CriticalBypassesQuiet)] = subscription.CriticalBypassesQuiet,
            [nameof(Subscription.SendEmptyDigest)] = subscription.SendEmptyDigest,
            [nameof(Subscription.IsDirectMessage)] = subscription.IsDirectMessage,
            [nameof(Subscription.CreatedAt)] = BsonConvert.Time(subscription.CreatedAt),
        };

        if (subscription.Quiet is { } quiet)
        {
            doc[nameof(Subscription.Quiet)] = new BsonDocument
            {
                [nameof(QuietHours.Start)] = quiet.Start.Ticks,
                [nameof(QuietHours.End)] = quiet.End.Ticks,
            };
        }

        return doc
            .Set(nameof(Subscription.SuspendedReason), subscription.SuspendedReason)
            .Set(nameof(Subscription.LastDigestAt), BsonConvert.Time(subscription.LastDigestAt))
            .Set(nameof(Subscription.CreatedBy), subscription.CreatedBy);
    }

    public static Subscription ToSubscription(BsonDocument doc) => new()
    {
        Chat = ChatRefDocument.ToChat(doc[nameof(Subscription.Chat)].AsDocument),
        Watchlist = doc[nameof(Subscription.Watchlist)].AsString,
        Mode = BsonConvert.ToEnum<SubscriptionMode>(doc[nameof(Subscription.Mode)]),
        Schedule = doc[nameof(Subscription.Schedule)].AsString,
        TimeZone = doc[nameof(Subscription.TimeZone)].AsString,
        Quiet = doc[nameof(Subscription.Quiet)] is { IsDocument: true } quiet
            ? new QuietHours(
                new TimeOnly(quiet[nameof(QuietHours.Start)].AsInt64),
                new TimeOnly(quiet[nameof(QuietHours.End)].AsInt64))
            : null,
        MinSeverity = BsonConvert.ToEnum<Severity>(doc[nameof(Subscription.MinSeverity)]),
        CriticalBypassesQuiet = doc[nameof(Subscription.CriticalBypassesQuiet)].AsBoolean,
        SendEmptyDigest = doc[nameof(Subscription.SendEmptyDigest)].AsBoolean,
        IsDirectMessage = doc[nameof(Subscription.IsDirectMessage)].AsBoolean,
        SuspendedReason = BsonConvert.ToNullableString(doc[nameof(Subscription.SuspendedReason)]),
        LastDigestAt = BsonConvert.ToNullableTime(doc[nameof(Subscription.LastDigestAt)]),
        CreatedAt = BsonConvert.ToTime(doc[nameof(Subscription.CreatedAt)]),
        CreatedBy = BsonConvert.ToNullableString(doc[nameof(Subscription.CreatedBy)]),
    };
}
