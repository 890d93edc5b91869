namespace FactBot.Core.Alerts;

public static class AlertDedupeKey
{
    public static string Of(AlertKind kind, string targetKey, string? groupKey) =>
        groupKey is null ? $"{kind}|{targetKey}" : $"{kind}|{targetKey}|{groupKey}";
}
