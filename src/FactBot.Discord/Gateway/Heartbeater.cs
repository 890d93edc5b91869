namespace FactBot.Discord.Gateway;

/// <summary>
/// Beats every <c>heartbeat_interval</c> (the first after interval × random, as Discord asks) and tracks ACKs: a
/// beat due while the previous one is still un-ACKed means the connection is a zombie.
/// </summary>
internal sealed class Heartbeater(IGatewayTransport transport, GatewaySession session, TimeProvider time)
{
    private volatile bool _acknowledged = true;

    public void Acknowledge() => _acknowledged = true;

    /// <summary>Beats until cancelled; returns true when the connection turned out to be a zombie.</summary>
    public async Task<bool> RunAsync(TimeSpan interval, double jitter, CancellationToken ct)
    {
        try
        {
            await Task.Delay(interval * jitter, time, ct);
            while (true)
            {
                if (!_acknowledged)
                    return true;
                _acknowledged = false;
                await BeatAsync(ct);
                await Task.Delay(interval, time, ct);
            }
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>
    /// One beat. Also used when the server asks (op 1): such a beat leaves the ACK tracking alone, since counting it
    /// as a missed ACK is the bug discord.js shipped.
    /// </summary>
    public async Task BeatAsync(CancellationToken ct) =>
        await transport.SendAsync(GatewayPayloads.Heartbeat(session.Sequence), ct); // a failed send shows up on receive
}
