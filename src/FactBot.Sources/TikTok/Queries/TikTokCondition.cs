namespace FactBot.Sources.TikTok.Queries;

/// <summary>
/// One <c>{"operation","field_name","field_values"}</c> condition. Values are always strings (ids exceed 2^53),
/// and several values need <c>IN</c>: the API answers "invalid query parameters" to EQ with a list.
/// </summary>
internal sealed record TikTokCondition
{
    public TikTokCondition(TikTokField field, IEnumerable<string> values)
    {
        var normalized = values.Select(v => Normalize(field, v)).Where(v => v.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (normalized.Length == 0)
            throw new ArgumentException($"A {FieldName(field)} condition needs at least one non-empty value.", nameof(values));
        Field = field;
        Values = normalized;
    }

    public TikTokField Field { get; }

    public IReadOnlyList<string> Values { get; }

    public string Operation => Values.Count == 1 ? "EQ" : "IN";

    public string Name => FieldName(Field);

    public static string FieldName(TikTokField field) => field switch
    {
        TikTokField.HashtagName => "hashtag_name",
        TikTokField.MusicId => "music_id",
        TikTokField.Keyword => "keyword",
        TikTokField.RegionCode => "region_code",
        TikTokField.Username => "username",
        TikTokField.VideoId => "video_id",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    public override string ToString() =>
        Values.Count == 1 ? $"{Name}={Values[0]}" : $"{Name} IN ({string.Join(',', Values)})";

    // The API wants hashtags without '#', region codes upper-case and handles without '@'.
    private static string Normalize(TikTokField field, string value)
    {
        var trimmed = (value ?? "").Trim();
        return field switch
        {
            TikTokField.HashtagName => trimmed.TrimStart('#', '＃').ToLowerInvariant(),
            TikTokField.RegionCode => trimmed.ToUpperInvariant(),
            TikTokField.Username => trimmed.TrimStart('@').ToLowerInvariant(),
            _ => trimmed,
        };
    }
}
