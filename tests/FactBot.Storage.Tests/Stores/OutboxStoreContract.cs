using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Storage.Tests.Stores;

/// <summary>
/// What every <see cref="IOutboxStore"/> must do. Runs against LiteDB and the TestKit fake, so the fake other
/// projects test with cannot drift from the real store.
/// </summary>
public abstract class OutboxStoreContract
{
    protected static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);

    protected abstract IOutboxStore CreateStore();

    [Fact]
    public async Task EnqueueAsync_SameIdTwice_SecondIsIgnored()
    {
        var sut = CreateStore();

        var first = await sut.EnqueueAsync(Message("m1", T0) with { Message = new ChatMessage { Title = "first" } });
        var second = await sut.EnqueueAsync(Message("m1", T0) with { Message = new ChatMessage { Title = "second" } });

        Assert.True(first);
        Assert.False(second);
        Assert.Equal("first", (await sut.GetAsync("m1"))!.Message.Title);
        Assert.Single(await sut.QueryAsync(null, 10));
    }

    [Fact]
    public async Task GetDueAsync_ReturnsPendingAndRetryingDueAtOrBeforeNow()
    {
        var sut = CreateStore();
        await sut.EnqueueAsync(Message("pending-due", T0, dueAt: T0));
        await sut.EnqueueAsync(Message("pending-now", T0.AddSeconds(1), dueAt: T0.AddMinutes(1)));
        await sut.EnqueueAsync(Message("pending-later", T0.AddSeconds(2), dueAt: T0.AddMinutes(1).AddTicks(1)));
        await sut.EnqueueAsync(Message("retrying-due", T0.AddSeconds(3), OutboxState.Retrying, dueAt: T0.AddSeconds(30)));
        await sut.EnqueueAsync(Message("retrying-later", T0.AddSeconds(4), OutboxState.Retrying, dueAt: T0.AddHours(1)));
        await sut.EnqueueAsync(Message("sent", T0.AddSeconds(5), OutboxState.Sent));
        await sut.EnqueueAsync(Message("dead", T0.AddSeconds(6), OutboxState.Dead));

        var due = await sut.GetDueAsync(T0.AddMinutes(1), 10);

        Assert.Equal(["pending-due", "pending-now", "retrying-due"], Ids(due));
    }

    [Fact]
    public async Task GetDueAsync_MessageLeftInSending_IsReturnedWhateverItsDueTime()
    {
        var sut = CreateStore();
        await sut.EnqueueAsync(Message("stuck", T0, OutboxState.Sending, dueAt: T0.AddDays(1)));

        var due = await sut.GetDueAsync(T0, 10);

        Assert.Equal(["stuck"], Ids(due));
    }

    [Fact]
    public async Task GetDueAsync_SeveralStates_OldestCreatedFirstTiesByIdWithinLimit()
    {
        var sut = CreateStore();
        await sut.EnqueueAsync(Message("c", T0.AddSeconds(2), dueAt: T0));
        await sut.EnqueueAsync(Message("b", T0.AddSeconds(1), OutboxState.Retrying, dueAt: T0.AddSeconds(50)));
        await sut.EnqueueAsync(Message("a2", T0, OutboxState.Sending, dueAt: T0.AddSeconds(40)));
        await sut.EnqueueAsync(Message("a1", T0, dueAt: T0.AddSeconds(59)));

        var all = await sut.GetDueAsync(T0.AddMinutes(1), 10);
        var first = await sut.GetDueAsync(T0.AddMinutes(1), 3);

        Assert.Equal(["a1", "a2", "b", "c"], Ids(all));
        Assert.Equal(["a1", "a2", "b"], Ids(first));
        Assert.Empty(await sut.GetDueAsync(T0.AddMinutes(1), 0));
    }

    [Fact]
    public async Task UpdateAsync_BackoffMovesMessageOutOfDueUntilItsTime()
    {
        var sut = CreateStore();
        var message = Message("m", T0, dueAt: T0);
        await sut.EnqueueAsync(message);

        await sut.UpdateAsync(message with { State = OutboxState.Retrying, Attempts = 1, DueAt = T0.AddSeconds(30), LastError = "503" });

        Assert.Empty(await sut.GetDueAsync(T0.AddSeconds(29), 10));
        var due = Assert.Single(await sut.GetDueAsync(T0.AddSeconds(30), 10));
        Assert.Equal((OutboxState.Retrying, 1, "503"), (due.State, due.Attempts, due.LastError));
    }

    [Fact]
    public async Task UpdateAsync_ToSent_LeavesTheDueList()
    {
        var sut = CreateStore();
        var message = Message("m", T0, dueAt: T0);
        await sut.EnqueueAsync(message);
        await sut.UpdateAsync(message with { State = OutboxState.Sending, Attempts = 1 });

        await sut.UpdateAsync(message with { State = OutboxState.Sent, Attempts = 1, SentAt = T0, PlatformMessageId = "42" });

        Assert.Empty(await sut.GetDueAsync(T0.AddDays(1), 10));
        Assert.Equal("42", (await sut.GetAsync("m"))!.PlatformMessageId);
    }

    [Fact]
    public async Task QueryAsync_FiltersByStateNewestCreatedFirst()
    {
        var sut = CreateStore();
        await sut.EnqueueAsync(Message("dead-old", T0, OutboxState.Dead));
        await sut.EnqueueAsync(Message("sent", T0.AddMinutes(1), OutboxState.Sent));
        await sut.EnqueueAsync(Message("dead-new", T0.AddMinutes(2), OutboxState.Dead));
        await sut.EnqueueAsync(Message("dead-new2", T0.AddMinutes(2), OutboxState.Dead));

        var dead = await sut.QueryAsync(OutboxState.Dead, 10);
        var all = await sut.QueryAsync(null, 3);

        Assert.Equal(["dead-new", "dead-new2", "dead-old"], Ids(dead));
        Assert.Equal(["dead-new", "dead-new2", "sent"], Ids(all));
        Assert.Empty(await sut.QueryAsync(OutboxState.Pending, 10));
    }

    [Fact]
    public async Task EnqueueAsync_BehindAWaitingMessageOfItsChat_IsNotDueBeforeIt()
    {
        var sut = CreateStore();
        var chat = new ChatRef("telegram", "-100");
        await sut.EnqueueAsync(Message("first", T0, OutboxState.Retrying, dueAt: T0.AddMinutes(5), chat: chat));
        await sut.EnqueueAsync(Message("second", T0.AddMinutes(1), chat: chat));
        await sut.EnqueueAsync(Message("elsewhere", T0.AddMinutes(1)));

        Assert.Equal(["elsewhere"], Ids(await sut.GetDueAsync(T0.AddMinutes(2), 10)));
        Assert.Equal(["first", "elsewhere", "second"], Ids(await sut.GetDueAsync(T0.AddMinutes(5), 10)));
    }

    [Fact]
    public async Task HoldChatAsync_HoldsEveryWaitingMessageOfThatChatOnly()
    {
        var sut = CreateStore();
        var chat = new ChatRef("telegram", "-100");
        await sut.EnqueueAsync(Message("a", T0, chat: chat));
        await sut.EnqueueAsync(Message("b", T0.AddSeconds(1), chat: chat));
        await sut.EnqueueAsync(Message("c", T0.AddSeconds(2), chat: chat with { ThreadId = "7" }));
        await sut.EnqueueAsync(Message("sent", T0.AddSeconds(3), OutboxState.Sent, chat: chat));

        await sut.HoldChatAsync(chat.Key, T0.AddMinutes(10));

        Assert.Equal(["c"], Ids(await sut.GetDueAsync(T0.AddMinutes(9), 10)));
        Assert.Equal(T0.AddMinutes(10), (await sut.GetAsync("b"))!.DueAt);
        Assert.Equal(T0.AddSeconds(3), (await sut.GetAsync("sent"))!.DueAt);
    }

    [Fact]
    public async Task MoveChatAsync_MovesTheWaitingMessagesOfEveryTopicButNotTheSentOnes()
    {
        var sut = CreateStore();
        var chat = new ChatRef("telegram", "-100");
        await sut.EnqueueAsync(Message("a", T0, chat: chat));
        await sut.EnqueueAsync(Message("b", T0.AddSeconds(1), OutboxState.Retrying, chat: chat with { ThreadId = "7" }));
        await sut.EnqueueAsync(Message("sent", T0.AddSeconds(2), OutboxState.Sent, chat: chat));
        await sut.EnqueueAsync(Message("other", T0.AddSeconds(3)));

        var moved = await sut.MoveChatAsync("telegram", "-100", "-100999");

        Assert.Equal(2, moved);
        Assert.Equal("telegram:-100999", (await sut.GetAsync("a"))!.Chat.Key);
        Assert.Equal("telegram:-100999:7", (await sut.GetAsync("b"))!.Chat.Key);
        Assert.Equal("telegram:-100", (await sut.GetAsync("sent"))!.Chat.Key);
        // Moved messages queue under their new chat.
        await sut.HoldChatAsync("telegram:-100999", T0.AddHours(1));
        Assert.DoesNotContain("a", Ids(await sut.GetDueAsync(T0.AddMinutes(1), 10)));
    }

    [Fact]
    public async Task GetAsync_UnknownId_ReturnsNull()
    {
        var sut = CreateStore();
        await sut.EnqueueAsync(Message("m", T0));

        Assert.Null(await sut.GetAsync("M"));
    }

    // Each message in a chat of its own unless told: a chat's queue order is tested on its own.
    private static OutboxMessage Message(
        string id, DateTimeOffset createdAt, OutboxState state = OutboxState.Pending, DateTimeOffset? dueAt = null, ChatRef? chat = null) =>
        new()
        {
            Id = id,
            Chat = chat ?? new ChatRef("telegram", id),
            Kind = OutboxKind.Alert,
            Message = new ChatMessage { Title = id },
            State = state,
            CreatedAt = createdAt,
            DueAt = dueAt ?? createdAt,
        };

    private static IEnumerable<string> Ids(IEnumerable<OutboxMessage> messages) => messages.Select(m => m.Id);
}
