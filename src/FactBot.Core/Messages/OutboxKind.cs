namespace FactBot.Core.Messages;

public enum OutboxKind
{
    Alert,
    AlertUpdate,
    Digest,
    Reply,
}
