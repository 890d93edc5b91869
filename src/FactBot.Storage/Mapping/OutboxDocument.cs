using FactBot.Core.Messages;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Maps <see cref="OutboxMessage"/>, keyed by id, with derived indexed fields: <see cref="StateDue"/>
/// (<c>state␟due␟created␟id</c>: finds due messages from the index alone), <see cref="StateCreated"/> (per state,
/// newest first), <see cref="CreatedOrder"/> (newest first) and <see cref="ChatQueue"/> (a chat's waiting messages).
/// </summary>
internal static class OutboxDocument
{
    public const string StateDue = "StateDue";
    public const string StateCreated = "StateCreated";
    public const string CreatedOrder = "CreatedOrder";

    /// <summary><c>chat␟created␟id</c> while the message waits (pending, retrying, sending); absent once it is done.</summary>
    public const string ChatQueue = "ChatQueue";

    public static BsonDocument ToDocument(OutboxMessage message)
    {
        var state = message.State.ToString();
        var created = OrderKeys.Descending(message.CreatedAt);
        return new BsonDocument
            {
                ["_id"] = message.Id,
                [nameof(OutboxMessage.Chat)] = ChatRefDocument.ToDocument(message.Chat),
                [nameof(OutboxMessage.Kind)] = BsonConvert.Enum(message.Kind),
                [nameof(OutboxMessage.Message)] = ChatMessageDocument.ToDocument(message.Message),
                [nameof(OutboxMessage.State)] = state,
                [nameof(OutboxMessage.Attempts)] = message.Attempts,
                [nameof(OutboxMessage.CreatedAt)] = BsonConvert.Time(message.CreatedAt),
                [nameof(OutboxMessage.DueAt)] = BsonConvert.Time(message.DueAt),
                [StateDue] = OrderKeys.Join(
                    state,
                    OrderKeys.Ascending(message.DueAt),
                    OrderKeys.Ascending(message.CreatedAt),
                    message.Id),
                [StateCreated] = OrderKeys.Join(state, created, message.Id),
                [CreatedOrder] = OrderKeys.Join(created, message.Id),
            }
            .Set(nameof(OutboxMessage.AlertId), message.AlertId)
            .Set(nameof(OutboxMessage.SubscriptionId), message.SubscriptionId)
            .Set(nameof(OutboxMessage.SentAt), BsonConvert.Time(message.SentAt))
            .Set(nameof(OutboxMessage.LastError), message.LastError)
            .Set(nameof(OutboxMessage.PlatformMessageId), message.PlatformMessageId)
            .Set(nameof(OutboxMessage.EditsOutboxId), message.EditsOutboxId)
            .Set(nameof(OutboxMessage.RepliesToOutboxId), message.RepliesToOutboxId)
            .Set(nameof(OutboxMessage.ReplyToPlatformMessageId), message.ReplyToPlatformMessageId)
            .Set(nameof(OutboxMessage.UncertainAttempts), message.UncertainAttempts == 0 ? BsonValue.Null : message.UncertainAttempts)
            .Set(nameof(OutboxMessage.FoldedInto), message.FoldedInto)
            .Set(nameof(OutboxMessage.RetriedFrom), BsonConvert.Time(message.RetriedFrom))
            .Set(ChatQueue, message.State is OutboxState.Pending or OutboxState.Retrying or OutboxState.Sending
                ? OrderKeys.Join(message.Chat.Key, OrderKeys.Ascending(message.CreatedAt), message.Id)
                : null);
    }

    public static OutboxMessage ToMessage(BsonDocument doc) => new()
    {
        Id = doc["_id"].AsString,
        Chat = ChatRefDocument.ToChat(doc[nameof(OutboxMessage.Chat)].AsDocument),
        Kind = BsonConvert.ToEnum<OutboxKind>(doc[nameof(OutboxMessage.Kind)]),
        Message = ChatMessageDocument.ToMessage(doc[nameof(OutboxMessage.Message)].AsDocument),
        AlertId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.AlertId)]),
        SubscriptionId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.SubscriptionId)]),
        State = BsonConvert.ToEnum<OutboxState>(doc[nameof(OutboxMessage.State)]),
        Attempts = doc[nameof(OutboxMessage.Attempts)].AsInt32,
        CreatedAt = BsonConvert.ToTime(doc[nameof(OutboxMessage.CreatedAt)]),
        DueAt = BsonConvert.ToTime(doc[nameof(OutboxMessage.DueAt)]),
        SentAt = BsonConvert.ToNullableTime(doc[nameof(OutboxMessage.SentAt)]),
        LastError = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.LastError)]),
        PlatformMessageId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.PlatformMessageId)]),
        EditsOutboxId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.EditsOutboxId)]),
        RepliesToOutboxId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.RepliesToOutboxId)]),
        ReplyToPlatformMessageId = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.ReplyToPlatformMessageId)]),
        UncertainAttempts = doc[nameof(OutboxMessage.UncertainAttempts)] is { IsInt32: true } uncertain ? uncertain.AsInt32 : 0,
        FoldedInto = BsonConvert.ToNullableString(doc[nameof(OutboxMessage.FoldedInto)]),
        RetriedFrom = BsonConvert.ToNullableTime(doc[nameof(OutboxMessage.RetriedFrom)]),
    };

    /// <summary>The (CreatedAt, Id) part of a <see cref="StateDue"/> key: the order due messages are handed out in.</summary>
    public static (string Created, string Id) CreationOrder(string stateDueKey)
    {
        var parts = stateDueKey.Split(OrderKeys.Separator, 4);
        return (parts[2], parts[3]);
    }
}
