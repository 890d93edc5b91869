using System.Text.Json.Nodes;
using FactBot.Core.Abstractions;
using FactBot.Core.Delivery;
using FactBot.Core.Health;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Api;
using FactBot.Telegram.ChannelPosts;
using FactBot.Telegram.Commands;
using FactBot.Telegram.Membership;
using FactBot.Telegram.Polling;
using FactBot.Telegram.Tests.Support;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Telegram.Tests.Polling;

public sealed class TelegramPollerTests : IDisposable
{
    private readonly CommandParts _commands = new();
    private readonly CollectingLoggerProvider _logs = new();
    private readonly LoggerFactory _loggers;
    private readonly ChannelPostQueue _channelPosts;
    private readonly TelegramPoller _sut;

    private PlatformHealth Health { get; }

    public TelegramPollerTests()
        : this(new InMemorySubscriptionStore())
    {
    }

    private TelegramPollerTests(ISubscriptionStore store)
    {
        var telegram = _commands.Telegram;
        var audit = new InMemoryAuditLog();
        var mover = new ChatMover(store, new SubscriptionManager(store, []), new InMemoryOutboxStore(), audit, telegram.Time);
        var membership = new ChatMembershipHandler(store, new SubscriptionManager(store, []), audit, _commands.Admins, mover, telegram.Time, NullLogger<ChatMembershipHandler>.Instance);
        _channelPosts = new ChannelPostQueue(telegram.Time);
        var router = new UpdateRouter(_commands.Messages, _commands.Callbacks, membership, _channelPosts, telegram.Options);
        var client = telegram.Api.Client();
        _loggers = new LoggerFactory([_logs]);
        _sut = new TelegramPoller(
            client, router, new CommandMenuPublisher(client, NullLogger<CommandMenuPublisher>.Instance), new BotIdentity(),
            Health = new PlatformHealth(telegram.Time, _loggers.CreateLogger<PlatformHealth>()),
            telegram.Options, telegram.Time, _loggers.CreateLogger<TelegramPoller>());
    }

    [Fact]
    public async Task PollOnceAsync_409Conflict_FailsLoggingTheCause_WithoutTheToken_AndASuccessFollows()
    {
        var api = _commands.Telegram.Api;
        api.ThenFail("getUpdates", 409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

        var conflicted = await _sut.PollOnceAsync(default);
        var next = await _sut.PollOnceAsync(default);

        Assert.False(conflicted);
        Assert.True(next);
        var conflict = _logs.Lines.First(l => l.Level == LogLevel.Error);
        Assert.Contains("another process is polling this bot token", conflict.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("1234:TEST", _logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollRetry_FailedCalls_WaitLongerEachTimeUpToTheMaximum_AndASuccessEndsTheRun()
    {
        var time = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(TelegramParts.Start);
        var waits = new List<TimeSpan>();
        var pipeline = PollRetry.Create(TimeSpan.FromSeconds(30), time, waits.Add);
        var calls = 0;

        var run = pipeline.ExecuteAsync(_ => ValueTask.FromResult(++calls > 12), CancellationToken.None).AsTask();
        while (!run.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Yield();
        }

        Assert.True(await run);
        Assert.Equal(13, calls);
        Assert.Equal(12, waits.Count);
        Assert.All(waits, w => Assert.InRange(w, TimeSpan.Zero, TimeSpan.FromSeconds(30)));
        Assert.True(waits.Skip(6).Average(w => w.TotalSeconds) > waits.Take(3).Average(w => w.TotalSeconds), string.Join(", ", waits));
    }

    [Fact]
    public async Task PollOnceAsync_Updates_AreRoutedInOrderAndConfirmedByTheNextOffset()
    {
        var api = _commands.Telegram.Api;
        api.Then("getUpdates", _ => FakeBotApi.Ok(new JsonArray(Raw("group_command_with_botname"), Raw("callback_query"))));

        await _sut.PollOnceAsync(default);
        await _sut.PollOnceAsync(default);

        Assert.Single(_commands.Status.Seen);
        Assert.Single(_commands.Verdict.Seen);
        var polls = api.CallsTo("getUpdates").ToList();
        Assert.Equal(0, polls[0]["offset"]?.GetValue<int>() ?? 0);
        Assert.Equal(5003, polls[1]["offset"]!.GetValue<int>());
        Assert.Equal(_commands.Telegram.Options.PollTimeout.TotalSeconds, polls[0]["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task PollOnceAsync_AnUpdateWhoseHandlingThrows_IsLoggedAndSkipped()
    {
        using var sut = new TelegramPollerTests(new BrokenSubscriptionStore());
        sut._commands.Telegram.Api.Then("getUpdates", _ => FakeBotApi.Ok(new JsonArray(Raw("my_chat_member_kicked"), Raw("callback_query"))));

        var polled = await sut._sut.PollOnceAsync(default);

        Assert.True(polled);
        Assert.Single(sut._commands.Verdict.Seen);
        Assert.Contains(sut._logs.Lines, l => l.Level == LogLevel.Error && l.Text.Contains("update 5004", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollOnceAsync_ChannelPost_IsQueuedForIngest()
    {
        _commands.Telegram.Api.Then("getUpdates", _ => FakeBotApi.Ok(new JsonArray(Raw("channel_post_audio"))));

        await _sut.PollOnceAsync(default);

        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        await using var items = _channelPosts.ReadAsync(null, cancel.Token).GetAsyncEnumerator(cancel.Token);
        Assert.True(await items.MoveNextAsync());
        Assert.Equal("6002", items.Current.Position);
        Assert.Equal("telegram:-1009876543210/3302", items.Current.Post!.Key);
    }

    [Fact]
    public async Task ConnectAsync_TokenRejected_IsFatalNamingTheSetting_WithoutTheToken()
    {
        _commands.Telegram.Api.ThenFail("getMe", 401, "Unauthorized");

        var connected = await _sut.ConnectAsync(default);

        Assert.False(connected);
        Assert.Contains("FACTBOT__Telegram__Token", Health.FatalError, StringComparison.Ordinal);
        Assert.Contains(_logs.Lines, l => l.Level == LogLevel.Critical && l.Text.Contains("401 Unauthorized", StringComparison.Ordinal));
        Assert.DoesNotContain("1234:TEST", _logs.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PollOnceAsync_TelegramDown_IsAnOutageLoggedOnceWhileItLasts_AndClearedByASuccess()
    {
        var api = _commands.Telegram.Api;
        for (var i = 0; i < 5; i++)
            api.ThenFail("getUpdates", 502, "Bad Gateway");

        for (var i = 0; i < 5; i++)
            await _sut.PollOnceAsync(default);
        var during = Health.Outages;
        await _sut.PollOnceAsync(default);

        Assert.Equal(5, Assert.Single(during).Failures);
        Assert.Single(_logs.Lines, l => l.Level == LogLevel.Warning && l.Text.Contains("Check Telegram:ApiBaseUrl", StringComparison.Ordinal));
        Assert.Empty(Health.Outages);
    }

    [Fact]
    public async Task ConnectAsync_PublishesTheMenusOnlyWhenTheyDiffer()
    {
        var api = _commands.Telegram.Api;
        var first = await _sut.ConnectAsync(default);
        var set = api.CallsTo("setMyCommands").ToList();
        api.Then("getMyCommands", _ => FakeBotApi.Ok(set[0]["commands"]!.DeepClone()))
            .Then("getMyCommands", _ => FakeBotApi.Ok(set[1]["commands"]!.DeepClone()));

        await _sut.ConnectAsync(default);

        Assert.True(first);
        Assert.Equal(2, set.Count);
        Assert.Equal("all_chat_administrators", set[1]["scope"]!["type"]!.GetValue<string>());
        Assert.Equal(2, api.CallsTo("setMyCommands").Count());
        Assert.Equal(2, api.CallsTo("deleteWebhook").Count());
    }

    private static JsonNode Raw(string sample) =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", sample + ".json")))!;

    public void Dispose()
    {
        _sut.Dispose();
        _loggers.Dispose();
    }

    private sealed class BrokenSubscriptionStore : ISubscriptionStore
    {
        public Task UpsertAsync(Subscription subscription, CancellationToken ct = default) => throw new InvalidOperationException("store bug");

        public Task<Subscription?> GetAsync(string id, CancellationToken ct = default) => throw new InvalidOperationException("store bug");

        public Task<bool> DeleteAsync(string id, CancellationToken ct = default) => throw new InvalidOperationException("store bug");

        public Task<IReadOnlyList<Subscription>> ListAsync(CancellationToken ct = default) => throw new InvalidOperationException("store bug");

        public Task<IReadOnlyList<Subscription>> ListForChatAsync(string chatKey, CancellationToken ct = default) => throw new InvalidOperationException("store bug");
    }
}
