namespace FactBot.Discord.Gateway;

/// <summary>Exponential backoff with jitter: none after a healthy session, then base·2ⁿ⁻¹ capped, times 0.5–1.</summary>
internal static class ReconnectBackoff
{
    public static TimeSpan For(int failures, TimeSpan baseDelay, TimeSpan maxDelay, double random)
    {
        if (failures <= 0)
            return TimeSpan.Zero;
        var exponential = baseDelay * Math.Pow(2, Math.Min(failures - 1, 20));
        var capped = exponential > maxDelay ? maxDelay : exponential;
        return capped * (0.5 + (random / 2));
    }
}
