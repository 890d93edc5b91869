using System.Buffers;
using System.Net.WebSockets;
using FactBot.Core.Results;
using FactBot.Discord.Rest;

namespace FactBot.Discord.Gateway;

/// <summary>
/// The gateway over <see cref="ClientWebSocket"/> (JSON, no compression): a frame may span several WebSocket
/// messages, so reads go to <c>EndOfMessage</c>; sends are serialised (one send at a time is allowed).
/// </summary>
internal sealed class WebSocketGatewayTransport(DiscordRestClient rest) : IGatewayTransport, IDisposable
{
    private const int MaxSendBytes = 4096;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private ClientWebSocket? _socket;

    public async Task<Result> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        _socket?.Dispose();
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", rest.UserAgent);
        _socket = socket;
        try
        {
            await socket.ConnectAsync(new UriBuilder(endpoint) { Query = "v=10&encoding=json" }.Uri, ct);
            return Result.Ok();
        }
        catch (Exception ex) when (ex is WebSocketException or HttpRequestException)
        {
            return new Unavailable($"could not open the gateway socket: {ex.Message}");
        }
    }

    public async Task<Result> SendAsync(GatewayPayload payload, CancellationToken ct)
    {
        var bytes = payload.ToUtf8();
        if (bytes.Length > MaxSendBytes)
            throw new InvalidOperationException($"Gateway payload {payload} is {bytes.Length} bytes; Discord closes with 4002 above {MaxSendBytes}.");
        await _sendLock.WaitAsync(ct);
        try
        {
            if (_socket is not { State: WebSocketState.Open } socket)
                return new Unavailable("the gateway socket is not open");
            await socket.SendAsync(bytes, WebSocketMessageType.Text, endOfMessage: true, ct);
            return Result.Ok();
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return new Unavailable($"gateway send failed: {ex.Message}");
        }
        finally
        {
            _sendLock.Release();
        }
    }

    public async Task<Result<GatewayPayload>> ReceiveAsync(CancellationToken ct)
    {
        if (_socket is not { } socket)
            return new Unavailable("the gateway socket is not open");
        var buffer = new ArrayBufferWriter<byte>(4096);
        try
        {
            while (true)
            {
                var result = await socket.ReceiveAsync(buffer.GetMemory(4096), ct);
                if (result.MessageType == WebSocketMessageType.Close)
                    return new GatewayClosed((int?)socket.CloseStatus, $"closed: {(int?)socket.CloseStatus} {socket.CloseStatusDescription}");
                buffer.Advance(result.Count);
                if (result.EndOfMessage)
                    return GatewayPayload.Parse(buffer.WrittenSpan);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or ObjectDisposedException or InvalidOperationException)
        {
            return new Unavailable($"the gateway connection dropped: {ex.Message}");
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or KeyNotFoundException)
        {
            // Not JSON, or no "op": treat the connection as broken rather than taking the bot down.
            return new Unavailable($"the gateway sent an unreadable frame: {ex.Message}");
        }
    }

    public async Task DisconnectAsync(bool resumable, CancellationToken ct)
    {
        if (_socket is not { } socket)
            return;
        // Holding the send lock: the heartbeat must not send on a socket being closed and disposed.
        await _sendLock.WaitAsync(CancellationToken.None);
        try
        {
            if (socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
                timeout.CancelAfter(TimeSpan.FromSeconds(5));
                // Any code but 1000/1001 keeps the session resumable.
                var code = resumable ? (WebSocketCloseStatus)4000 : WebSocketCloseStatus.NormalClosure;
                await socket.CloseOutputAsync(code, resumable ? "reconnecting" : "shutting down", timeout.Token);
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // Closing a broken socket: nothing more to do than drop it.
        }
        finally
        {
            socket.Abort();
            socket.Dispose();
            _socket = null;
            _sendLock.Release();
        }
    }

    public void Dispose()
    {
        _socket?.Dispose();
        _sendLock.Dispose();
    }
}
