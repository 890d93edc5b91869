namespace FactBot.Core.Alerts;

/// <summary>What the alert engine did with an alert; the router decides who hears about it.</summary>
/// <param name="Was">The severity before this change (null for a new alert), so a rise can be told apart.</param>
public sealed record AlertChange(AlertChangeKind Kind, Alert Alert, Severity? Was = null)
{
    /// <summary>Whether the change raised the alert's severity.</summary>
    public bool Raised => Was is { } was && Alert.Severity > was;
}
