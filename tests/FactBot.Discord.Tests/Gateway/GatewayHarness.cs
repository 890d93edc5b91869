using FactBot.Core.Health;
using FactBot.Core.Results;
using FactBot.Discord.Gateway;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Discord.Tests.Gateway;

/// <summary>A real <see cref="GatewayClient"/> on the scripted transport, a fake clock and fixed randomness.</summary>
internal sealed class GatewayHarness : IAsyncDisposable, IGatewayInfoSource
{
    public const string GatewayUrl = "wss://gateway.test";
    public const string ResumeUrl = "wss://resume.test";
    private readonly CancellationTokenSource _stop = new();
    private Task? _run;
    private PlatformHealth? _health;

    public GatewayHarness(double random = 0.5)
    {
        Transport = new ScriptedGatewayTransport(Time);
        Sut = new GatewayClient(
            Transport, this, Status, Events,
            Microsoft.Extensions.Options.Options.Create(new DiscordOptions { Token = "test-token" }),
            new FixedRandom(random), Health, Time, NullLogger<GatewayClient>.Instance);
    }

    public PlatformHealth Health => _health ??= new PlatformHealth(Time, NullLogger<PlatformHealth>.Instance);

    public FakeTimeProvider Time { get; } = new(Clock.Start);

    public ScriptedGatewayTransport Transport { get; }

    public GatewayStatus Status { get; } = new();

    public GatewayEvents Events { get; } = new();

    public GatewayClient Sut { get; }

    /// <summary>What GET /gateway/bot answers next.</summary>
    public Func<Result<GatewayBotInfo>> Info { get; set; } =
        () => new GatewayBotInfo(new Uri(GatewayUrl), new SessionStartLimit(1000, 1000, TimeSpan.FromHours(20), 1));

    public int InfoCalls { get; private set; }

    public Task RunTask => _run ?? throw new InvalidOperationException("not started");

    public Task<Result<GatewayBotInfo>> GetAsync(CancellationToken ct)
    {
        InfoCalls++;
        return Task.FromResult(Info());
    }

    public void Start() => _run = Task.Run(() => Sut.RunAsync(_stop.Token));

    /// <summary>Waits (moving the fake clock) for connection number <paramref name="count"/>.</summary>
    public async Task<FakeGatewaySocket> ConnectionAsync(int count, TimeSpan? step = null)
    {
        await Clock.UntilAsync(Time, () => Transport.Sockets.Count >= count, step);
        return Transport.Sockets[count - 1];
    }

    /// <summary>Waits (moving the fake clock) until the client has sent a payload with this opcode.</summary>
    public Task SentAsync(FakeGatewaySocket socket, int op, int count = 1) =>
        Clock.UntilAsync(Time, () => socket.SentOp(op).Count >= count);

    /// <summary>Connect, Hello, Identify, READY: a healthy session at <paramref name="sequence"/>.</summary>
    public async Task<FakeGatewaySocket> ReadyAsync(int sequence = 1)
    {
        Start();
        var socket = await ConnectionAsync(1);
        socket.Hello();
        await SentAsync(socket, GatewayOpCode.Identify);
        socket.Ready("session-1", ResumeUrl, sequence);
        await Clock.UntilAsync(Time, () => Status.State == GatewayState.Ready);
        return socket;
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        if (_run is not null)
            await _run.WaitAsync(TimeSpan.FromSeconds(10));
        _stop.Dispose();
    }
}
