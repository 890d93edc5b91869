using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace FactBot.Sources.TikTok.Queries;

/// <summary>
/// The <c>query</c> object of a video search: conditions under <c>and</c>, <c>or</c> and <c>not</c>, built
/// immutably (<c>TikTokQuery.Empty.And(TikTokField.HashtagName, "donbas").Not(TikTokField.RegionCode, "US")</c>).
/// Its canonical JSON is hashed into the source id, so the same query keeps its checkpoint across restarts.
/// </summary>
internal sealed class TikTokQuery
{
    private TikTokQuery(IReadOnlyList<TikTokCondition> and, IReadOnlyList<TikTokCondition> or, IReadOnlyList<TikTokCondition> not)
    {
        AndConditions = and;
        OrConditions = or;
        NotConditions = not;
        Json = BuildJson();
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Json)))[..16];
    }

    public static TikTokQuery Empty { get; } = new([], [], []);

    public IReadOnlyList<TikTokCondition> AndConditions { get; }

    public IReadOnlyList<TikTokCondition> OrConditions { get; }

    public IReadOnlyList<TikTokCondition> NotConditions { get; }

    /// <summary>The canonical <c>query</c> JSON, e.g. <c>{"and":[{"operation":"EQ",…}]}</c>.</summary>
    public string Json { get; }

    /// <summary>16 hex digits of SHA-256 over <see cref="Json"/>.</summary>
    public string Hash { get; }

    public bool IsEmpty => AndConditions.Count + OrConditions.Count + NotConditions.Count == 0;

    public TikTokQuery And(TikTokField field, params IEnumerable<string> values) =>
        new([.. AndConditions, new TikTokCondition(field, values)], OrConditions, NotConditions);

    public TikTokQuery Or(TikTokField field, params IEnumerable<string> values) =>
        new(AndConditions, [.. OrConditions, new TikTokCondition(field, values)], NotConditions);

    public TikTokQuery Not(TikTokField field, params IEnumerable<string> values) =>
        new(AndConditions, OrConditions, [.. NotConditions, new TikTokCondition(field, values)]);

    public void WriteTo(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteList(writer, "and", AndConditions);
        WriteList(writer, "or", OrConditions);
        WriteList(writer, "not", NotConditions);
        writer.WriteEndObject();
    }

    /// <summary>A readable form for logs and summaries: <c>hashtag_name=donbas AND region_code IN (RU,BY)</c>.</summary>
    public override string ToString()
    {
        var parts = new List<string>();
        if (AndConditions.Count > 0)
            parts.Add(string.Join(" AND ", AndConditions));
        if (OrConditions.Count > 0)
            parts.Add("(" + string.Join(" OR ", OrConditions) + ")");
        parts.AddRange(NotConditions.Select(c => "NOT " + c));
        return string.Join(" AND ", parts);
    }

    private string BuildJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteTo(writer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteList(Utf8JsonWriter writer, string name, IReadOnlyList<TikTokCondition> conditions)
    {
        if (conditions.Count == 0)
            return;
        writer.WriteStartArray(name);
        foreach (var condition in conditions)
        {
            writer.WriteStartObject();
            writer.WriteString("operation", condition.Operation);
            writer.WriteString("field_name", condition.Name);
            writer.WriteStartArray("field_values");
            foreach (var value in condition.Values)
                writer.WriteStringValue(value);
            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
