using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Stores;

/// <summary>LiteDB-only behaviour; the shared behaviour is in <see cref="OutboxStoreContract"/>.</summary>
public sealed class LiteDbOutboxStoreTests : IDisposable
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 9, 0, 0, TimeSpan.Zero);
    private readonly TestDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public async Task EnqueueAsync_SameIdConcurrently_ExactlyOneWins()
    {
        var sut = new LiteDbOutboxStore(_db.Database);

        var results = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => sut.EnqueueAsync(Message("m")))));

        Assert.Single(results, added => added);
        Assert.Single(await sut.QueryAsync(null, 10));
    }

    [Fact]
    public async Task GetDueAsync_AfterRestart_ReturnsMessagesACrashLeftInSending()
    {
        var store = new LiteDbOutboxStore(_db.Database);
        await store.EnqueueAsync(Message("m"));
        await store.UpdateAsync(Message("m") with { State = OutboxState.Sending, Attempts = 1 });

        var sut = new LiteDbOutboxStore(_db.Reopen());
        var due = await sut.GetDueAsync(T0, 10);

        Assert.Equal((OutboxState.Sending, 1), (Assert.Single(due).State, due[0].Attempts));
    }

    private static OutboxMessage Message(string id) => new()
    {
        Id = id,
        Chat = new ChatRef("discord", "1"),
        Kind = OutboxKind.Digest,
        Message = new ChatMessage { Title = id, ChartPng = new byte[50_000] },
        CreatedAt = T0,
        DueAt = T0,
    };
}
