using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Commands.Handlers;

/// <summary>
/// The admin handlers behind a real dispatcher and role resolver, over in-memory stores, a real detection engine
/// (with a recording detector) and a fake clock. Commands are sent as people type them, so every test goes through
/// parsing, option checking and authorisation.
/// </summary>
internal sealed class AdminCommandFixture : IDisposable
{
    public static readonly ChatRef Chat = new("telegram", "-100");

    public FakeTimeProvider Time { get; } = new(PostBuilder.Epoch);

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryLabelStore Labels { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public RecordingDetector Detector { get; } = new();

    public SurgeOptions Defaults { get; } = new();

    public DetectionEngine Engine { get; }

    public WatchlistRegistry Registry { get; }

    public LabelIndex LabelIndex { get; }

    public CommandDispatcher Sut { get; }

    public AdminCommandFixture()
    {
        Engine = new DetectionEngine([Detector], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), []);
        Registry = new WatchlistRegistry(Watchlists, Engine);
        LabelIndex = new LabelIndex(Labels);
        ICommandHandler[] handlers =
        [
            new HelpHandler(),
            new WatchHandler(Watchlists, Registry, Audit, Defaults, Time),
            new WatchlistHandler(Watchlists, Subscriptions, Registry, Audit, Defaults, Time),
            new LabelHandler(Labels, LabelIndex, Audit, Time),
            new AuditHandler(Audit),
            new DeliveriesHandler(Outbox, Audit, Time),
        ];
        Sut = new CommandDispatcher(handlers, new ConfiguredRoleResolver(new CommandOptions()), NullLogger<CommandDispatcher>.Instance);
    }

    public void Dispose() => Engine.Dispose();

    /// <summary>As a chat administrator (the platform says so) named Alice.</summary>
    public Task<CommandReply> AdminAsync(string text) => SendAsync(text, new CommandCaller("telegram", "1", "Alice", PlatformAdmin: true));

    /// <summary>As a plain member of the chat.</summary>
    public Task<CommandReply> UserAsync(string text) => SendAsync(text, new CommandCaller("telegram", "2", "Bob"));

    /// <summary>Runs the commands as admin, failing the test if one is refused or needs fixing.</summary>
    public async Task SetUpAsync(params string[] commands)
    {
        foreach (var command in commands)
        {
            var reply = await AdminAsync(command);
            Assert.False(reply.Message.Title is "Not allowed" or "That command needs fixing", $"{command}: {reply.Message.Summary}");
        }
    }

    public async Task<Watchlist> WatchlistAsync(string name = Watchlist.MainName) =>
        await Watchlists.GetAsync(name) ?? throw new InvalidOperationException($"no watchlist {name}");

    /// <summary>Everything a reply shows, for assertions on text wherever it landed.</summary>
    public static string Text(CommandReply reply) => string.Join(
        "\n",
        [reply.Message.Title, reply.Message.Summary, .. reply.Message.Fields.Select(f => $"{f.Name}: {f.Value}"), reply.Message.Footer]);

    private async Task<CommandReply> SendAsync(string text, CommandCaller caller)
    {
        var parsed = TextCommandParser.Parse(text, caller, Chat, isDirectMessage: false);
        Assert.True(parsed is { IsSuccess: true }, $"'{text}' should parse");
        return await Sut.DispatchAsync(parsed.Value.Value!);
    }
}
