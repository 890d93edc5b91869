using FactBot.Core.Labels;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>Maps <see cref="AccountLabel"/>; used on its own (labels collection) and inside posts (AuthorLabel).</summary>
internal static class AccountLabelDocument
{
    public const string Platform = nameof(AccountLabel.Platform);

    public static BsonDocument ToDocument(AccountLabel label) => new BsonDocument
        {
            [Platform] = label.Platform,
            [nameof(AccountLabel.Handle)] = label.Handle,
            [nameof(AccountLabel.Category)] = BsonConvert.Enum(label.Category),
            [nameof(AccountLabel.Source)] = label.Source,
        }
        .Set(nameof(AccountLabel.Country), label.Country)
        .Set(nameof(AccountLabel.EvidenceUrl), label.EvidenceUrl)
        .Set(nameof(AccountLabel.Outlet), label.Outlet)
        .Set(nameof(AccountLabel.ValidFrom), BsonConvert.Time(label.ValidFrom))
        .Set(nameof(AccountLabel.ValidTo), BsonConvert.Time(label.ValidTo));

    public static AccountLabel ToLabel(BsonDocument doc) => new()
    {
        Platform = doc[Platform].AsString,
        Handle = doc[nameof(AccountLabel.Handle)].AsString,
        Category = BsonConvert.ToEnum<LabelCategory>(doc[nameof(AccountLabel.Category)]),
        Source = doc[nameof(AccountLabel.Source)].AsString,
        Country = BsonConvert.ToNullableString(doc[nameof(AccountLabel.Country)]),
        EvidenceUrl = BsonConvert.ToNullableString(doc[nameof(AccountLabel.EvidenceUrl)]),
        Outlet = BsonConvert.ToNullableString(doc[nameof(AccountLabel.Outlet)]),
        ValidFrom = BsonConvert.ToNullableTime(doc[nameof(AccountLabel.ValidFrom)]),
        ValidTo = BsonConvert.ToNullableTime(doc[nameof(AccountLabel.ValidTo)]),
    };
}
