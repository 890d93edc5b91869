namespace FactBot.Core.Audit;

/// <summary>One admin change: who, what, before and after, when.</summary>
public sealed record AuditEntry
{
    public required DateTimeOffset At { get; init; }

    /// <summary>e.g. <c>telegram:12345 (alice)</c>.</summary>
    public required string Actor { get; init; }

    /// <summary>e.g. <c>watch add</c>.</summary>
    public required string Action { get; init; }

    public required string Subject { get; init; }

    public string? Before { get; init; }

    public string? After { get; init; }

    public string? Chat { get; init; }
}
