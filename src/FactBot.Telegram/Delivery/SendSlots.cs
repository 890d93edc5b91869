namespace FactBot.Telegram.Delivery;

/// <summary>When each of a reserved run of messages may go, or — when none was reserved — how long until one could.</summary>
internal sealed record SendSlots(IReadOnlyList<DateTimeOffset> Times, TimeSpan Wait)
{
    public bool Granted => Times.Count > 0;

    public static SendSlots Denied(TimeSpan wait) => new([], wait);
}
