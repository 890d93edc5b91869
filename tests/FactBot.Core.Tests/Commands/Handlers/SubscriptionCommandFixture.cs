using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Digests;
using FactBot.Core.Subscriptions;
using FactBot.Core.Tests.Subscriptions;
using FactBot.Core.Verdicts;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Commands.Handlers;

/// <summary>
/// The subscription, digest and verdict handlers behind a real dispatcher and role resolver, over in-memory stores
/// and a fake clock (Friday 2026-03-27 12:00 UTC, two days before Europe's spring clock change). Commands are sent
/// as typed, so every test goes through parsing, option checking and authorisation.
/// </summary>
internal sealed class SubscriptionCommandFixture : IDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);
    public static readonly ChatRef Channel = new("telegram", "-100");
    public static readonly CommandCaller Admin = new("telegram", "1", "Alice", PlatformAdmin: true);
    public static readonly CommandCaller Member = new("telegram", "2", "Bob");

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public InMemoryAuditLog Audit { get; } = new();

    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryVerdictStore VerdictStore { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public RecordingSubscriptionListener Listener { get; } = new();

    public VerdictService Verdicts { get; }

    public DigestService Digests { get; }

    public AlertEngine Engine { get; }

    public CommandDispatcher Sut { get; }

    public SubscriptionCommandFixture()
    {
        var manager = new SubscriptionManager(Subscriptions, [Listener]);
        var schedules = new CronShapeValidator();
        Verdicts = new VerdictService(VerdictStore, Alerts, Time);
        Digests = new DigestService(new DigestBuilder(Alerts), Subscriptions, Outbox, Time);
        Engine = new AlertEngine(Alerts, new AlertOptions());
        ICommandHandler[] handlers =
        [
            new SubscribeHandler(manager, Subscriptions, Watchlists, schedules, Audit, Time),
            new UnsubscribeHandler(manager, Subscriptions, Audit, Time),
            new SubscriptionsHandler(Subscriptions, schedules, Time),
            new DigestHandler(Subscriptions, Watchlists, Digests),
            new VerdictHandler(Verdicts),
        ];
        Sut = new CommandDispatcher(handlers, new ConfiguredRoleResolver(new CommandOptions()), NullLogger<CommandDispatcher>.Instance);
    }

    public void Dispose() => Verdicts.Dispose();

    /// <summary>As a chat administrator in the channel.</summary>
    public Task<CommandReply> AdminAsync(string text) => SendAsync(text, Admin, Channel, dm: false);

    /// <summary>As a plain member in the channel.</summary>
    public Task<CommandReply> MemberAsync(string text) => SendAsync(text, Member, Channel, dm: false);

    /// <summary>As a plain user in their direct messages with the bot.</summary>
    public Task<CommandReply> DirectAsync(string text, CommandCaller? caller = null)
    {
        var who = caller ?? Member;
        return SendAsync(text, who, new ChatRef(who.Platform, who.UserId), dm: true);
    }

    public async Task<CommandReply> SendAsync(string text, CommandCaller caller, ChatRef chat, bool dm)
    {
        var parsed = TextCommandParser.Parse(text, caller, chat, dm);
        Assert.NotNull(parsed);
        Assert.True(parsed.Value.IsSuccess, parsed.Value.Error?.Message);
        return await Sut.DispatchAsync(parsed.Value.Value!);
    }

    public Task AddWatchlistAsync(string name) => Watchlists.UpsertAsync(new Watchlist { Name = name });

    /// <summary>Opens an alert now (as the engine would) and returns it.</summary>
    public async Task<Alert> OpenAlertAsync(string target = "#donbas", Severity severity = Severity.Medium, string watchlist = Watchlist.MainName, double count = 50)
    {
        var now = Time.GetUtcNow();
        var changes = await Engine.ApplyAsync([SignalBuilder.Surge(target, now, severity, count, watchlist)], now);
        return changes.Single(c => c.Alert.Target.Key == WatchTarget.Parse(target).Value!.Key).Alert;
    }

    public static string Field(CommandReply reply, string name) =>
        Assert.Single(reply.Message.Fields, f => f.Name == name).Value;
}
