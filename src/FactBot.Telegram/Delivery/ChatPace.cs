namespace FactBot.Telegram.Delivery;

/// <summary>One chat's sending state: its next free slot, its recent slots (groups: the per-minute window) and a
/// block after a 429.</summary>
internal sealed class ChatPace
{
    public DateTimeOffset NextFree { get; set; }

    public DateTimeOffset BlockedUntil { get; set; }

    /// <summary>Reserved slot times, oldest first; only those within the last minute are kept.</summary>
    public List<DateTimeOffset> Recent { get; } = [];
}
