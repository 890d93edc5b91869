namespace FactBot.Core.Messages;

public enum OutboxState
{
    Pending,
    Sending,
    Sent,
    Retrying,
    Dead,
}
