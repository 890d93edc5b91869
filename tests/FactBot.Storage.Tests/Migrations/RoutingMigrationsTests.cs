using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using FactBot.Storage.Migrations;
using FactBot.Storage.Stores;
using FactBot.Storage.Tests.Mapping;
using LiteDB;
using LiteDB.Engine;

namespace FactBot.Storage.Tests.Migrations;

/// <summary>
/// A schema v3 database (alerts bound to one watchlist, no per-chat outbox queue) opened by this FactBot: alerts reach
/// every list watching their target, and messages waiting in the outbox join their chat's queue.
/// </summary>
public sealed class RoutingMigrationsTests : IDisposable
{
    private readonly MemoryStream _stream = new();

    public void Dispose() => _stream.Dispose();

    [Fact]
    public async Task Open_V3Database_AlertsGainTheListsWatchingTheirTarget_AndWaitingMessagesQueuePerChat()
    {
        var alert = Samples.FullAlert with { Watchlist = "main", Watchlists = [], Target = WatchTarget.Parse("#donbas").Value! };
        var other = Samples.FullAlert with { Id = "A-OTHR", Watchlist = "main", Watchlists = [], Target = WatchTarget.Parse("#peace").Value! };
        var chat = new ChatRef("telegram", "-100");
        using (var db = new LiteDatabase(new LiteEngine(new EngineSettings { DataStream = _stream, Collation = Collation.Binary })))
        {
            StorageMigrator.Migrate(db, StorageMigrations.All.Take(3).ToList(), "test");
            db.GetCollection(Collections.Watchlists).Insert(WatchlistDocument.ToDocument(new Watchlist { Name = "main", Targets = [alert.Target, other.Target] }));
            db.GetCollection(Collections.Watchlists).Insert(WatchlistDocument.ToDocument(new Watchlist { Name = "ukraine-war", Targets = [alert.Target] }));
            foreach (var a in new[] { alert, other })
            {
                var doc = AlertDocument.ToDocument(a);
                doc.Remove(nameof(Alert.Watchlists)); // as v3 wrote it
                db.GetCollection(Collections.Alerts).Insert(doc);
            }

            var waiting = OutboxDocument.ToDocument(Message("waiting", chat, Samples.T0.AddMinutes(10)));
            waiting.Remove(OutboxDocument.ChatQueue);
            db.GetCollection(Collections.Outbox).Insert(waiting);
        }

        using var opened = FactBotDatabase.Open(_stream);
        var alerts = new LiteDbAlertStore(opened);
        var outbox = new LiteDbOutboxStore(opened);
        await outbox.EnqueueAsync(Message("behind", chat, Samples.T0.AddMinutes(1)) with { CreatedAt = Samples.T0.AddMinutes(1) });

        Assert.Equal(["main", "ukraine-war"], (await alerts.GetAsync(alert.Id))!.Watchlists);
        Assert.Equal(["main"], (await alerts.GetAsync(other.Id))!.Watchlists);
        // The new message waits behind the migrated one, which is due later.
        Assert.Equal(Samples.T0.AddMinutes(10), (await outbox.GetAsync("behind"))!.DueAt);
    }

    private static OutboxMessage Message(string id, ChatRef chat, DateTimeOffset due) => new()
    {
        Id = id, Chat = chat, Kind = OutboxKind.Alert, Message = new ChatMessage { Title = id },
        CreatedAt = Samples.T0, DueAt = due,
    };
}
