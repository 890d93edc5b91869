namespace FactBot.Core.Messages;

public enum OutboxKind
{
    Alert,
    AlertUpdate,
    Digest,
    Reply,

    /// <summary>A short new message that makes an alert's change heard (a re-opening, a rise in severity).</summary>
    AlertNotice,
}
