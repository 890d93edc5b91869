namespace FactBot.Core.Sources;

/// <summary>
/// What a named quota has used on <paramref name="Day"/> (the quota's own day, e.g. UTC): requests sent and records
/// received, and until when the API asked us to stop, if it did. Callers start a new day from zero themselves.
/// </summary>
public sealed record QuotaUsage(
    string Name, DateOnly Day, long Requests, long Records, DateTimeOffset? PausedUntil, DateTimeOffset UpdatedAt);
