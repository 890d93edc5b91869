using System.Globalization;
using FactBot.Core.Sources;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class QuotaUsageDocument
{
    public static BsonDocument ToDocument(QuotaUsage usage) => new()
    {
        ["_id"] = usage.Name,
        // The day as yyyy-MM-dd text: readable in a dump and free of time-zone conversion.
        [nameof(QuotaUsage.Day)] = usage.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        [nameof(QuotaUsage.Requests)] = usage.Requests,
        [nameof(QuotaUsage.Records)] = usage.Records,
        [nameof(QuotaUsage.PausedUntil)] = BsonConvert.Time(usage.PausedUntil),
        [nameof(QuotaUsage.UpdatedAt)] = BsonConvert.Time(usage.UpdatedAt),
    };

    public static QuotaUsage ToUsage(BsonDocument doc) => new(
        doc["_id"].AsString,
        DateOnly.ParseExact(doc[nameof(QuotaUsage.Day)].AsString, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        doc[nameof(QuotaUsage.Requests)].AsInt64,
        doc[nameof(QuotaUsage.Records)].AsInt64,
        BsonConvert.ToNullableTime(doc[nameof(QuotaUsage.PausedUntil)]),
        BsonConvert.ToTime(doc[nameof(QuotaUsage.UpdatedAt)]));
}
