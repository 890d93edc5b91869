using System.Text.Json;
using System.Text.Json.Serialization;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;

namespace FactBot.Worker.Replay;

/// <summary>
/// Writes alerts as JSON lines (id, kind, target, opened_at, severity, signal numbers, evidence post keys and
/// accounts), ordered by opening time then id, so two replays of the same data give byte-identical files.
/// </summary>
internal static class AlertsJsonl
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    public static async Task<int> WriteAsync(IAlertStore store, string path, CancellationToken ct = default)
    {
        var alerts = (await store.QueryAsync(null, null, null, int.MaxValue, ct))
            .OrderBy(a => a.OpenedAt).ThenBy(a => a.Id, StringComparer.Ordinal).ToList();
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await using var writer = new StreamWriter(path, append: false);
        foreach (var alert in alerts)
            await writer.WriteLineAsync(JsonSerializer.Serialize(ToLine(alert), Json).AsMemory(), ct);
        return alerts.Count;
    }

    private static AlertLine ToLine(Alert a) => new(
        a.Id,
        a.Kind.ToSlug(),
        a.Target.Key,
        a.Watchlist,
        a.GroupKey,
        a.OpenedAt,
        a.WindowStart,
        a.WindowEnd,
        a.Status.ToString().ToLowerInvariant(),
        a.Severity.ToString().ToLowerInvariant(),
        Math.Round(a.Confidence, 4),
        new SortedDictionary<string, double>(a.Signals.ToDictionary(), StringComparer.Ordinal),
        a.Evidence.PostKeys,
        a.Evidence.Accounts,
        a.Evidence.LabelledAccounts,
        a.Explanation);

    private sealed record AlertLine(
        string Id,
        string Kind,
        string Target,
        string Watchlist,
        string? Group,
        DateTimeOffset OpenedAt,
        DateTimeOffset WindowStart,
        DateTimeOffset WindowEnd,
        string Status,
        string Severity,
        double Confidence,
        SortedDictionary<string, double> Signals,
        IReadOnlyList<string> EvidencePosts,
        IReadOnlyList<string> Accounts,
        IReadOnlyList<string> LabelledAccounts,
        string Explanation);
}
