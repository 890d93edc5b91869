using System.Text.Json;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;

namespace FactBot.Discord.Gateway;

/// <summary>
/// One gateway connection from connect to close: Hello, Identify or Resume, heartbeats, dispatches into
/// <see cref="GatewayEvents"/>, and the decision what to do when it ends (op 7, op 9, close codes, zombie).
/// </summary>
internal sealed partial class GatewayConnection(
    IGatewayTransport transport,
    GatewaySession session,
    IdentifyBudget budget,
    GatewayStatus status,
    GatewayEvents events,
    DiscordOptions options,
    IRandomSource random,
    TimeProvider time,
    ILogger logger)
{
    public async Task<ConnectionOutcome> RunAsync(Uri url, bool resume, CancellationToken ct)
    {
        status.Enter(GatewayState.Connecting);
        var connected = await transport.ConnectAsync(url, ct);
        if (!connected.IsSuccess)
            return new ConnectionOutcome(ConnectionNext.Resume, false, $"could not connect: {connected.Error!.Message}");

        using var connection = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var heartbeater = new Heartbeater(transport, session, time);
        Task<bool>? heartbeat = null;
        var healthy = false;
        try
        {
            var hello = await ReceiveHelloAsync(connection.Token);
            if (!hello.IsSuccess)
                return await EndAsync(ConnectionNext.Resume, false, hello.Error.Message);

            heartbeat = heartbeater.RunAsync(hello.Value, random.NextDouble(), connection.Token);
            _ = heartbeat.ContinueWith(t => CancelOnZombie(t.Result, connection), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
            await SendOpeningAsync(resume, connection.Token);

            while (true)
            {
                var received = await transport.ReceiveAsync(connection.Token);
                if (!received.IsSuccess)
                {
                    var closed = Closed(received.Error, healthy);
                    return await EndAsync(closed.Next, closed.Healthy, closed.Reason);
                }

                var payload = received.Value;
                switch (payload.Op)
                {
                    case GatewayOpCode.Dispatch:
                        healthy |= OnDispatch(payload);
                        break;
                    case GatewayOpCode.Heartbeat:
                        await heartbeater.BeatAsync(connection.Token);
                        break;
                    case GatewayOpCode.HeartbeatAck:
                        heartbeater.Acknowledge();
                        break;
                    case GatewayOpCode.Reconnect:
                        return await EndAsync(ConnectionNext.Resume, true, "Discord asked for a reconnect (op 7)");
                    case GatewayOpCode.InvalidSession when payload.D is { ValueKind: JsonValueKind.True }:
                        return await EndAsync(ConnectionNext.Resume, healthy, "Invalid Session (resumable)");
                    case GatewayOpCode.InvalidSession:
                        // Discord's advice: wait a random 1–5 s before identifying again.
                        return await EndAsync(ConnectionNext.NewSession, healthy, "Invalid Session (not resumable)",
                            TimeSpan.FromSeconds(1 + (4 * random.NextDouble())), resumable: false);
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return await EndAsync(ConnectionNext.Resume, healthy, "no heartbeat ACK since the last beat: zombie connection");
        }
        catch (OperationCanceledException)
        {
            await transport.DisconnectAsync(resumable: false, CancellationToken.None);
            return new ConnectionOutcome(ConnectionNext.Shutdown, healthy, "shutting down");
        }
        finally
        {
            await connection.CancelAsync();
            if (heartbeat is not null)
                await heartbeat;
        }
    }

    private static void CancelOnZombie(bool zombie, CancellationTokenSource connection)
    {
        try
        {
            if (zombie)
                connection.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The connection had already ended for another reason.
        }
    }

    private async Task<Result<TimeSpan>> ReceiveHelloAsync(CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(options.HelloTimeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            var received = await transport.ReceiveAsync(linked.Token);
            if (!received.IsSuccess)
                return received.Error;
            return received.Value is { Op: GatewayOpCode.Hello, D: { } d } && d.TryGetProperty("heartbeat_interval", out var ms) && ms.TryGetDouble(out var interval)
                ? TimeSpan.FromMilliseconds(interval)
                : new Unavailable($"expected Hello, got {received.Value}");
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested && !ct.IsCancellationRequested)
        {
            return new Unavailable($"no Hello within {options.HelloTimeout.TotalSeconds:0} s");
        }
    }

    private async Task SendOpeningAsync(bool resume, CancellationToken ct)
    {
        if (resume && session.SessionId is { } sessionId)
        {
            status.Enter(GatewayState.Resuming);
            status.Resumed();
            await transport.SendAsync(GatewayPayloads.Resume(options.Token, sessionId, session.Sequence), ct);
            return;
        }

        status.Enter(GatewayState.Identifying);
        status.Identified();
        budget.Consume();
        await transport.SendAsync(GatewayPayloads.Identify(options.Token), ct);
    }

    /// <summary>Returns true for READY and RESUMED, the signs of a healthy session.</summary>
    private bool OnDispatch(GatewayPayload payload)
    {
        session.Saw(payload.S);
        var data = payload.D ?? default;
        var healthy = false;
        if (payload.T == "READY" && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("session_id", out var id) && id.GetString() is { } sessionId
            && data.TryGetProperty("resume_gateway_url", out var r) && Uri.TryCreate(r.GetString(), UriKind.Absolute, out var resumeUrl))
        {
            session.Started(sessionId, resumeUrl);
            var app = data.TryGetProperty("application", out var a) && a.TryGetProperty("id", out var appId) ? appId.GetString() : null;
            status.Ready(time.GetUtcNow(), app);
            LogReady(logger);
            healthy = true;
        }
        else if (payload.T == "RESUMED")
        {
            status.Ready(time.GetUtcNow(), null);
            LogResumed(logger, session.Sequence);
            healthy = true;
        }

        if (payload.T is { } type)
            events.Writer.TryWrite(new GatewayDispatch(type, data, payload.S));
        return healthy;
    }

    private static ConnectionOutcome Closed(Error error, bool healthy)
    {
        if (error is not GatewayClosed closed)
            return new ConnectionOutcome(ConnectionNext.Resume, healthy, $"connection lost: {error.Message}");
        var next = CloseCodePolicy.Decide(closed.CloseCode);
        // 4008 means we sent too fast: never reconnect straight away.
        return new ConnectionOutcome(next, healthy && closed.CloseCode != 4008, "Discord closed the gateway: " + CloseCodePolicy.Describe(closed.CloseCode));
    }

    private async Task<ConnectionOutcome> EndAsync(ConnectionNext next, bool healthy, string reason, TimeSpan? wait = null, bool resumable = true)
    {
        await transport.DisconnectAsync(resumable, CancellationToken.None);
        return new ConnectionOutcome(next, healthy, reason, wait);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway ready (new session)")]
    private static partial void LogReady(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Discord gateway session resumed at sequence {Sequence}")]
    private static partial void LogResumed(ILogger logger, int? sequence);
}
