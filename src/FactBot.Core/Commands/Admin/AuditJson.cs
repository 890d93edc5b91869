using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Admin;

/// <summary>
/// Compact JSON of what an admin change touched, for the audit log's before/after. Non-ASCII stays readable
/// (<c>#донбас</c>, not <c>\u0434…</c>): the audit log is read by people, and adapters escape for their markup.
/// </summary>
internal static class AuditJson
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Target(WatchTarget target) => Write(new JsonObject
    {
        ["target"] = target.Key,
        ["platforms"] = Platforms(target.Platforms),
    });

    public static string Watchlist(Watchlist watchlist) => Write(new JsonObject
    {
        ["name"] = watchlist.Name,
        ["targets"] = new JsonArray([.. watchlist.Targets.Select(TargetNode)]),
        ["thresholds"] = Thresholds(watchlist.Thresholds),
        ["ownerChat"] = watchlist.OwnerChat,
    });

    public static string Label(AccountLabel label) => Write(new JsonObject
    {
        ["category"] = label.Category.ToDisplay(),
        ["country"] = label.Country,
        ["evidence"] = label.EvidenceUrl,
        ["source"] = label.Source,
    });

    private static JsonNode TargetNode(WatchTarget target) =>
        target.Platforms.Count == 0 ? JsonValue.Create(target.Key) : JsonValue.Create($"{target.Key} ({string.Join(",", target.Platforms)})");

    private static JsonNode Platforms(IReadOnlyList<string> platforms) =>
        platforms.Count == 0 ? JsonValue.Create("all") : new JsonArray([.. platforms.Select(p => (JsonNode)JsonValue.Create(p))]);

    // Only overrides are written: an absent key means the detector default applies.
    private static JsonObject Thresholds(DetectorThresholds thresholds)
    {
        var node = new JsonObject();
        if (thresholds.Floor is { } floor)
            node["floor"] = floor;
        if (thresholds.MinRatio is { } ratio)
            node["min-ratio"] = ratio;
        if (thresholds.FamilyAlpha is { } alpha)
            node["family-alpha"] = alpha;
        return node;
    }

    // Absent values are left out rather than written as null, to keep entries short.
    private static string Write(JsonObject node)
    {
        foreach (var key in node.Where(p => p.Value is null).Select(p => p.Key).ToList())
            node.Remove(key);
        return node.ToJsonString(Options);
    }
}
