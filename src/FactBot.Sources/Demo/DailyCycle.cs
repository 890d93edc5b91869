namespace FactBot.Sources.Demo;

/// <summary>
/// Relative activity per UTC hour for a European audience: quiet at night, rising through the day, peaking at
/// 19:00. Weekends are a little busier.
/// </summary>
internal static class DailyCycle
{
    private static readonly double[] HourWeights =
    [
        0.30, 0.20, 0.12, 0.08, 0.07, 0.10, 0.18, 0.28, 0.38, 0.45, 0.50, 0.55,
        0.60, 0.62, 0.64, 0.68, 0.74, 0.82, 0.92, 1.00, 0.98, 0.85, 0.65, 0.45,
    ];

    public static double Hour(int hourUtc) => HourWeights[hourUtc];

    public static double Weekday(DayOfWeek day) => day is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.1 : 1.0;
}
