using FactBot.Core.Results;
using FactBot.Discord.Gateway;

namespace FactBot.Discord.Tests.Gateway;

/// <summary>
/// A gateway transport whose server side is played by the test (Remora's scripted-transport idea): each connect
/// opens a new <see cref="FakeGatewaySocket"/>, or fails while failures are queued.
/// </summary>
internal sealed class ScriptedGatewayTransport(TimeProvider time) : IGatewayTransport
{
    private readonly Lock _lock = new();
    private readonly List<FakeGatewaySocket> _sockets = [];
    private readonly List<DateTimeOffset> _attempts = [];
    private FakeGatewaySocket? _current;

    public int FailNextConnects { get; set; }

    public IReadOnlyList<FakeGatewaySocket> Sockets
    {
        get
        {
            lock (_lock)
                return [.. _sockets];
        }
    }

    public IReadOnlyList<DateTimeOffset> ConnectAttempts
    {
        get
        {
            lock (_lock)
                return [.. _attempts];
        }
    }

    public Task<Result> ConnectAsync(Uri endpoint, CancellationToken ct)
    {
        lock (_lock)
        {
            _attempts.Add(time.GetUtcNow());
            if (FailNextConnects > 0)
            {
                FailNextConnects--;
                return Task.FromResult(Result.Fail(new Unavailable("connection refused")));
            }

            _current = new FakeGatewaySocket(endpoint);
            _sockets.Add(_current);
        }

        return Task.FromResult(Result.Ok());
    }

    public Task<Result> SendAsync(GatewayPayload payload, CancellationToken ct)
    {
        _current!.Received(payload);
        return Task.FromResult(Result.Ok());
    }

    public Task<Result<GatewayPayload>> ReceiveAsync(CancellationToken ct) => _current!.ReadAsync(ct);

    public Task DisconnectAsync(bool resumable, CancellationToken ct)
    {
        _current?.ClientClosed(resumable);
        return Task.CompletedTask;
    }
}
