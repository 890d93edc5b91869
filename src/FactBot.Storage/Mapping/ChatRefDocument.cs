using FactBot.Core.Subscriptions;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class ChatRefDocument
{
    public static BsonDocument ToDocument(ChatRef chat) => new BsonDocument
        {
            [nameof(ChatRef.Platform)] = chat.Platform,
            [nameof(ChatRef.ChatId)] = chat.ChatId,
        }
        .Set(nameof(ChatRef.ThreadId), chat.ThreadId);

    public static ChatRef ToChat(BsonDocument doc) => new(
        doc[nameof(ChatRef.Platform)].AsString,
        doc[nameof(ChatRef.ChatId)].AsString,
        BsonConvert.ToNullableString(doc[nameof(ChatRef.ThreadId)]));
}
