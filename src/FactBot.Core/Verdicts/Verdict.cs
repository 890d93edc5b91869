namespace FactBot.Core.Verdicts;

/// <summary>
/// One volunteer's judgement of one alert. There is at most one per (alert, voter): a second verdict replaces the
/// first, so people can change their mind without skewing the tally.
/// </summary>
/// <param name="AlertId">The alert judged, e.g. <c>A-7K2F</c>.</param>
/// <param name="VoterKey">Who judged, as <c>platform:userId</c> (<see cref="Commands.CommandCaller.Key"/>).</param>
/// <param name="Value">The verdict.</param>
/// <param name="Note">An optional short note.</param>
/// <param name="At">When it was (last) given.</param>
public sealed record Verdict(string AlertId, string VoterKey, VerdictValue Value, string? Note, DateTimeOffset At)
{
    /// <summary>The store key: one verdict per voter per alert.</summary>
    public string Id => KeyOf(AlertId, VoterKey);

    /// <summary>The store key of a voter's verdict on an alert.</summary>
    public static string KeyOf(string alertId, string voterKey) => $"{alertId}|{voterKey}";
}
