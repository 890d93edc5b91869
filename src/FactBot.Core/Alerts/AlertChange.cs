namespace FactBot.Core.Alerts;

/// <summary>What the alert engine did with an alert; the router decides who hears about it.</summary>
public sealed record AlertChange(AlertChangeKind Kind, Alert Alert);
