namespace FactBot.Core.Alerts;

/// <summary>How volunteers have judged an alert so far.</summary>
public sealed record VerdictTally(int Coordinated = 0, int Organic = 0, int Misleading = 0, int Unsure = 0)
{
    public int Total => Coordinated + Organic + Misleading + Unsure;

    public static VerdictTally None { get; } = new();
}
