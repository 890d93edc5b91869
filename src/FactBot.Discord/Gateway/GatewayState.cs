namespace FactBot.Discord.Gateway;

public enum GatewayState
{
    Disconnected,
    Connecting,
    Identifying,
    Resuming,
    Ready,
    /// <summary>Waiting before the next attempt (backoff, Invalid Session, the identify budget).</summary>
    Waiting,
    /// <summary>Stopped for good: a fatal close code or a rejected token (see <see cref="GatewayStatus.FatalError"/>), or shutdown.</summary>
    Stopped,
}
