namespace FactBot.Core.Health;

/// <summary>A platform failing since <see cref="Since"/>, with the last reason and when it is next logged.</summary>
public sealed record PlatformOutage(
    string Platform, DateTimeOffset Since, string Reason, string Check, int Failures, DateTimeOffset NextLog, TimeSpan Repeat);
