namespace FactBot.Core.Verdicts;

/// <summary>What a volunteer thinks an alert shows. The words users type are <see cref="VerdictValues.Slug"/>.</summary>
public enum VerdictValue
{
    Coordinated,
    Organic,
    Misleading,
    Unsure,
}
