namespace FactBot.Telegram.Delivery;

/// <summary>How far a multi-part message got, so a retry after a failure part-way sends only the parts still
/// missing instead of repeating the ones that arrived.</summary>
internal sealed class SendProgress
{
    public int Sent { get; set; }

    public MessageRef? Last { get; set; }
}
