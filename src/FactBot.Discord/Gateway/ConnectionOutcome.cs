namespace FactBot.Discord.Gateway;

/// <summary>How one connection ended and what the client should do next.</summary>
/// <param name="Next">Resume (keep the session), identify afresh, stop for good, or stop because we were asked to.</param>
/// <param name="Healthy">The connection reached READY or RESUMED (so backoff starts over).</param>
/// <param name="Wait">A wait the protocol asks for (Invalid Session); null means the usual backoff.</param>
internal sealed record ConnectionOutcome(ConnectionNext Next, bool Healthy, string Reason, TimeSpan? Wait = null);

internal enum ConnectionNext
{
    Resume,
    NewSession,
    Fatal,
    Shutdown,
}
