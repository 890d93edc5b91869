using System.Text.Json;
using System.Threading.Channels;
using FactBot.Core.Results;
using FactBot.Discord.Gateway;

namespace FactBot.Discord.Tests.Gateway;

/// <summary>The server's end of one scripted gateway connection: the test pushes frames and reads what the client sent.</summary>
internal sealed class FakeGatewaySocket(Uri url)
{
    private readonly Channel<Result<GatewayPayload>> _toClient = Channel.CreateUnbounded<Result<GatewayPayload>>();
    private readonly List<GatewayPayload> _sent = [];
    private readonly Lock _lock = new();

    public Uri Url { get; } = url;

    /// <summary>Answer heartbeats with an ACK (off for zombie tests).</summary>
    public bool AutoAck { get; set; } = true;

    /// <summary>Set when the client closed it: true with a resumable code (4000), false with 1000.</summary>
    public bool? ClosedResumable { get; private set; }

    public IReadOnlyList<GatewayPayload> Sent
    {
        get
        {
            lock (_lock)
                return [.. _sent];
        }
    }

    public IReadOnlyList<GatewayPayload> SentOp(int op) => [.. Sent.Where(p => p.Op == op)];

    public void Push(GatewayPayload payload) => _toClient.Writer.TryWrite(payload);

    public void Hello(int intervalMs = 45_000) => Push(GatewayPayload.Create(GatewayOpCode.Hello, new { heartbeat_interval = intervalMs }));

    public void Ready(string sessionId, string resumeUrl, int sequence = 1) => Push(new GatewayPayload(
        GatewayOpCode.Dispatch,
        JsonSerializer.SerializeToElement(new { session_id = sessionId, resume_gateway_url = resumeUrl, application = new { id = "100" } }),
        sequence,
        "READY"));

    public void Dispatch(string type, object data, int sequence) =>
        Push(new GatewayPayload(GatewayOpCode.Dispatch, JsonSerializer.SerializeToElement(data), sequence, type));

    public void Drop() => _toClient.Writer.TryWrite(new Unavailable("connection reset by peer"));

    public void Close(int code) => _toClient.Writer.TryWrite(new GatewayClosed(code, $"closed: {code}"));

    internal void Received(GatewayPayload payload)
    {
        lock (_lock)
            _sent.Add(payload);
        if (AutoAck && payload.Op == GatewayOpCode.Heartbeat)
            Push(new GatewayPayload(GatewayOpCode.HeartbeatAck));
    }

    internal void ClientClosed(bool resumable)
    {
        ClosedResumable ??= resumable;
        _toClient.Writer.TryComplete();
    }

    internal async Task<Result<GatewayPayload>> ReadAsync(CancellationToken ct)
    {
        try
        {
            return await _toClient.Reader.ReadAsync(ct);
        }
        catch (ChannelClosedException)
        {
            return new Unavailable("closed by the client");
        }
    }
}
