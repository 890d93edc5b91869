using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>
/// The fake's WebSocket gateway: Hello, READY on Identify (or a scripted close code), RESUMED on Resume, ACKs, and
/// dispatches pushed by the test. One connection at a time, like one shard.
/// </summary>
internal sealed class FakeDiscordGateway : IDisposable
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly Lock _lock = new();
    private readonly Queue<int> _closeOnIdentify = new();
    private (WebSocket Socket, HttpContext Context)? _current;
    private int _sequence;
    private int _identifies;
    private int _resumes;
    private int _connections;

    public string ResumeUrl { get; set; } = "";

    public int Identifies => Volatile.Read(ref _identifies);

    public int Resumes => Volatile.Read(ref _resumes);

    public int Connections => Volatile.Read(ref _connections);

    public List<string> Paths { get; } = [];

    public bool IsReady { get; private set; }

    public void CloseOnNextIdentify(int code)
    {
        lock (_lock)
            _closeOnIdentify.Enqueue(code);
    }

    public async Task RunAsync(HttpContext context)
    {
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        Interlocked.Increment(ref _connections);
        lock (_lock)
        {
            Paths.Add(context.Request.Path);
            _current = (socket, context);
            IsReady = false;
        }

        await SendAsync(socket, new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = 45_000 } });
        var buffer = new byte[8192];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var result = await socket.ReceiveAsync(buffer, context.RequestAborted);
                if (result.MessageType == WebSocketMessageType.Close)
                    return;
                var payload = JsonNode.Parse(Encoding.UTF8.GetString(buffer, 0, result.Count))!;
                if (!await AnswerAsync(socket, (int)payload["op"]!))
                    return;
            }
        }
        catch (Exception ex) when (ex is WebSocketException or OperationCanceledException)
        {
            // The client went away or the test dropped the connection.
        }
    }

    /// <summary>Pushes a dispatch (e.g. INTERACTION_CREATE) to the connected client.</summary>
    public async Task DispatchAsync(string type, JsonNode data)
    {
        var socket = _current?.Socket ?? throw new InvalidOperationException("no gateway connection");
        await SendAsync(socket, new JsonObject { ["op"] = 0, ["t"] = type, ["s"] = Interlocked.Increment(ref _sequence), ["d"] = data });
    }

    /// <summary>Kills the TCP connection without a close frame, as a network failure would.</summary>
    public void Drop() => _current?.Context.Abort();

    private async Task<bool> AnswerAsync(WebSocket socket, int op)
    {
        switch (op)
        {
            case 1:
                await SendAsync(socket, new JsonObject { ["op"] = 11 });
                break;
            case 2:
                Interlocked.Increment(ref _identifies);
                int? close = null;
                lock (_lock)
                {
                    if (_closeOnIdentify.TryDequeue(out var code))
                        close = code;
                }

                if (close is { } closeCode)
                {
                    await socket.CloseAsync((WebSocketCloseStatus)closeCode, "Authentication failed.", CancellationToken.None);
                    return false;
                }

                await SendAsync(socket, new JsonObject
                {
                    ["op"] = 0, ["t"] = "READY", ["s"] = Interlocked.Increment(ref _sequence),
                    ["d"] = new JsonObject
                    {
                        ["v"] = 10, ["session_id"] = $"session-{Identifies}", ["resume_gateway_url"] = ResumeUrl,
                        ["application"] = new JsonObject { ["id"] = "100", ["flags"] = 0 },
                    },
                });
                IsReady = true;
                break;
            case 6:
                Interlocked.Increment(ref _resumes);
                await SendAsync(socket, new JsonObject { ["op"] = 0, ["t"] = "RESUMED", ["s"] = Interlocked.Increment(ref _sequence), ["d"] = new JsonObject() });
                IsReady = true;
                break;
        }

        return true;
    }

    public void Dispose() => _send.Dispose();

    private async Task SendAsync(WebSocket socket, JsonObject payload)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(payload.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }
}
