namespace FactBot.Core.Subscriptions;

/// <summary>Local times between which alerts are held for the next digest. May wrap midnight (22:00–07:00).</summary>
public sealed record QuietHours(TimeOnly Start, TimeOnly End)
{
    /// <summary>What the <c>quiet:off</c> option parses to: clear the quiet hours (never stored: start equals end).</summary>
    public static QuietHours Off { get; } = new(TimeOnly.MinValue, TimeOnly.MinValue);

    public bool IsOff => Start == End;

    public bool Contains(TimeOnly local) =>
        Start <= End ? local >= Start && local < End : local >= Start || local < End;

    public override string ToString() => $"{Start:HH\\:mm}-{End:HH\\:mm}";
}
