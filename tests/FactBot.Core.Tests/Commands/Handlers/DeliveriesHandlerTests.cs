using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class DeliveriesHandlerTests : IDisposable
{
    private readonly AdminCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    private Task<bool> EnqueueAsync(string id, OutboxState state, int minutes, int attempts = 0, string? error = null, int dueInMinutes = 0) =>
        _f.Outbox.EnqueueAsync(new OutboxMessage
        {
            Id = id,
            Chat = new ChatRef("discord", "9"),
            Kind = OutboxKind.Alert,
            Message = new ChatMessage { Title = id },
            State = state,
            Attempts = attempts,
            CreatedAt = PostBuilder.Epoch.AddMinutes(minutes),
            DueAt = _f.Time.GetUtcNow().AddMinutes(dueInMinutes),
            SentAt = state == OutboxState.Sent ? PostBuilder.Epoch.AddMinutes(minutes + 1) : null,
            LastError = error,
        });

    private async Task SeedAsync()
    {
        await EnqueueAsync("m-sent-1", OutboxState.Sent, 1, attempts: 1);
        await EnqueueAsync("m-dead", OutboxState.Dead, 2, attempts: 5, error: "403 Missing Access");
        await EnqueueAsync("m-retrying", OutboxState.Retrying, 3, attempts: 2, error: "429 rate limited", dueInMinutes: 4);
        await EnqueueAsync("m-sent-2", OutboxState.Sent, 4, attempts: 1);
        await EnqueueAsync("m-pending", OutboxState.Pending, 5);
    }

    [Fact]
    public async Task Deliveries_Admin_CountsEachStateAndListsNewestFirstWithTheReason()
    {
        await SeedAsync();

        var reply = await _f.AdminAsync("/deliveries list");

        Assert.True(reply.Ephemeral);
        Assert.StartsWith("pending 1 · sending 0 · sent 2 · retrying 1 · dead 1 · expired 0", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal(["m-pending", "m-sent-2", "m-retrying", "m-dead", "m-sent-1"], reply.Message.Fields.Select(f => f.Name));
        var dead = reply.Message.Fields.Single(f => f.Name == "m-dead").Value;
        Assert.Contains("discord:9 · Alert · dead · 5 attempt(s)", dead, StringComparison.Ordinal);
        Assert.Contains("Refused for good. 403 Missing Access /deliveries retry m-dead sends it again.", dead, StringComparison.Ordinal);
        var retrying = reply.Message.Fields.Single(f => f.Name == "m-retrying").Value;
        Assert.Contains("next try due 2022-03-01 00:04 UTC. Last error: 429 rate limited", retrying, StringComparison.Ordinal);
        Assert.Contains("Sent 2022-03-01 00:05 UTC.", reply.Message.Fields.Single(f => f.Name == "m-sent-2").Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deliveries_WithState_ListsOnlyThatStateButCountsAll()
    {
        await SeedAsync();

        var reply = await _f.AdminAsync("/deliveries list state:SENT");

        Assert.Equal("Deliveries (sent)", reply.Message.Title);
        Assert.StartsWith("pending 1 · sending 0 · sent 2", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal(["m-sent-2", "m-sent-1"], reply.Message.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Deliveries_ManySent_CountStopsAtTheCap()
    {
        for (var i = 0; i < 501; i++)
            await EnqueueAsync($"m{i:000}", OutboxState.Sent, i);

        var reply = await _f.AdminAsync("/deliveries list");

        Assert.Contains("sent 500+", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal(15, reply.Message.Fields.Count);
        Assert.Equal("m500", reply.Message.Fields[0].Name);
    }

    [Fact]
    public async Task Deliveries_Empty_SaysSo()
    {
        var reply = await _f.AdminAsync("/deliveries list state:dead");

        Assert.Contains("No messages (dead) in the outbox.", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Empty(reply.Message.Fields);
    }

    [Fact]
    public async Task Deliveries_PlainUser_IsRefused()
    {
        await SeedAsync();

        var reply = await _f.UserAsync("/deliveries list");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.Empty(reply.Message.Fields);
    }

    [Fact]
    public async Task Retry_Dead_RequeuesEveryDeadMessageWithAFreshLifeAndAuditsEach()
    {
        await SeedAsync();
        await EnqueueAsync("m-expired", OutboxState.Expired, 6, attempts: 40, error: "still failing after 1 day");

        var reply = await _f.AdminAsync("/deliveries retry dead");

        Assert.Equal("1 message(s) queued again", reply.Message.Title);
        var requeued = (await _f.Outbox.GetAsync("m-dead"))!;
        Assert.Equal(OutboxState.Pending, requeued.State);
        Assert.Equal(_f.Time.GetUtcNow(), requeued.RetriedFrom);
        Assert.Equal(PostBuilder.Epoch.AddMinutes(2), requeued.CreatedAt); // keeps its place in the chat's order
        Assert.Equal(OutboxState.Expired, (await _f.Outbox.GetAsync("m-expired"))!.State);
        var entry = Assert.Single(await _f.Audit.RecentAsync(10));
        Assert.Equal("m-dead", entry.Subject);
    }

    [Fact]
    public async Task Retry_OneId_RequeuesItAndRefusesAMessageThatDidNotFail()
    {
        await SeedAsync();
        await EnqueueAsync("m-expired", OutboxState.Expired, 6, attempts: 40, error: "still failing after 1 day");

        var expired = await _f.AdminAsync("/deliveries retry m-expired");
        var sent = await _f.AdminAsync("/deliveries retry m-sent-1");
        var unknown = await _f.AdminAsync("/deliveries retry nope");
        var plain = await _f.UserAsync("/deliveries retry dead");

        Assert.Equal(OutboxState.Pending, (await _f.Outbox.GetAsync("m-expired"))!.State);
        Assert.Equal("1 message(s) queued again", expired.Message.Title);
        Assert.Equal("m-sent-1 is sent", sent.Message.Title);
        Assert.StartsWith("Nothing to retry", unknown.Message.Title, StringComparison.Ordinal);
        Assert.Equal("Not allowed", plain.Message.Title);
        Assert.Equal(OutboxState.Dead, (await _f.Outbox.GetAsync("m-dead"))!.State);
    }
}
