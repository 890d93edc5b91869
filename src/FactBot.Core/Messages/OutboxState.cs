namespace FactBot.Core.Messages;

public enum OutboxState
{
    Pending,
    Sending,
    Sent,
    Retrying,

    /// <summary>Refused for good by the platform (bot removed, chat gone, forbidden); the reason is kept.</summary>
    Dead,

    /// <summary>Kept failing for longer than it stays useful; what it said goes into the chat's next digest.</summary>
    Expired,
}
