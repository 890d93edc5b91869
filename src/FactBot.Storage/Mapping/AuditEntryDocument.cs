using FactBot.Core.Audit;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>Maps <see cref="AuditEntry"/>; the id is LiteDB's auto-increment, so entries keep their append order.</summary>
internal static class AuditEntryDocument
{
    public const string At = nameof(AuditEntry.At);

    public static BsonDocument ToDocument(AuditEntry entry) => new BsonDocument
        {
            [At] = BsonConvert.Time(entry.At),
            [nameof(AuditEntry.Actor)] = entry.Actor,
            [nameof(AuditEntry.Action)] = entry.Action,
            [nameof(AuditEntry.Subject)] = entry.Subject,
        }
        .Set(nameof(AuditEntry.Before), entry.Before)
        .Set(nameof(AuditEntry.After), entry.After)
        .Set(nameof(AuditEntry.Chat), entry.Chat);

    public static AuditEntry ToEntry(BsonDocument doc) => new()
    {
        At = BsonConvert.ToTime(doc[At]),
        Actor = doc[nameof(AuditEntry.Actor)].AsString,
        Action = doc[nameof(AuditEntry.Action)].AsString,
        Subject = doc[nameof(AuditEntry.Subject)].AsString,
        Before = BsonConvert.ToNullableString(doc[nameof(AuditEntry.Before)]),
        After = BsonConvert.ToNullableString(doc[nameof(AuditEntry.After)]),
        Chat = BsonConvert.ToNullableString(doc[nameof(AuditEntry.Chat)]),
    };
}
