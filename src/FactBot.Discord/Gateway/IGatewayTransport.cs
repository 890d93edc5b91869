using FactBot.Core.Results;

namespace FactBot.Discord.Gateway;

/// <summary>
/// The socket under the gateway state machine, small enough to script in tests. One connection at a time;
/// <see cref="ReceiveAsync"/> has one caller, <see cref="SendAsync"/> may be called concurrently.
/// </summary>
internal interface IGatewayTransport
{
    Task<Result> ConnectAsync(Uri endpoint, CancellationToken ct);

    Task<Result> SendAsync(GatewayPayload payload, CancellationToken ct);

    /// <summary>The next payload, or <see cref="GatewayClosed"/> (with the close code) or <c>Unavailable</c> (dropped).</summary>
    Task<Result<GatewayPayload>> ReceiveAsync(CancellationToken ct);

    /// <summary>Closes the socket: resumable with code 4000, or 1000 which ends the session (shutdown only).</summary>
    Task DisconnectAsync(bool resumable, CancellationToken ct);
}
