using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// Conversions shared by the document mappers. Times are stored as UTC ticks (Int64), not as BSON dates,
/// because BSON dates keep milliseconds only and drop the offset; ticks round-trip exactly.
/// Enums are stored by name so reordering an enum cannot silently change stored meaning.
/// </summary>
internal static class BsonConvert
{
    public static BsonValue Time(DateTimeOffset value) => new(value.UtcTicks);

    public static BsonValue Time(DateTimeOffset? value) => value is { } v ? new BsonValue(v.UtcTicks) : BsonValue.Null;

    public static DateTimeOffset ToTime(BsonValue value) => new(value.AsInt64, TimeSpan.Zero);

    public static DateTimeOffset? ToNullableTime(BsonValue value) => value.IsNull ? null : ToTime(value);

    public static BsonValue Long(long? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static long? ToNullableLong(BsonValue value) => value.IsNull ? null : value.AsInt64;

    public static BsonValue Int(int? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static int? ToNullableInt(BsonValue value) => value.IsNull ? null : value.AsInt32;

    public static BsonValue Double(double? value) => value is { } v ? new BsonValue(v) : BsonValue.Null;

    public static double? ToNullableDouble(BsonValue value) => value.IsNull ? null : value.AsDouble;

    public static string? ToNullableString(BsonValue value) => value.IsNull ? null : value.AsString;

    public static string ToString(BsonValue value) => value.IsNull ? "" : value.AsString;

    public static BsonArray Strings(IEnumerable<string> items) => new(items.Select(item => new BsonValue(item)));

    public static IReadOnlyList<string> ToStrings(BsonValue value) =>
        value.IsArray ? value.AsArray.Select(item => item.AsString).ToArray() : [];

    public static BsonValue Enum<T>(T value)
        where T : struct, Enum => new(value.ToString());

    public static T ToEnum<T>(BsonValue value)
        where T : struct, Enum => System.Enum.Parse<T>(value.AsString);

    /// <summary>Adds the field only when it has a value: absent fields read back as null and save space per post.</summary>
    public static BsonDocument Set(this BsonDocument document, string name, BsonValue value)
    {
        if (!value.IsNull)
            document[name] = value;

        return document;
    }
}
