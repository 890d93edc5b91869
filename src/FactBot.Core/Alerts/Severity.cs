namespace FactBot.Core.Alerts;

/// <summary>Ordered: a subscription's minimum severity compares with these.</summary>
public enum Severity
{
    Low = 1,
    Medium = 2,
    High = 3,
    Critical = 4,
}
