using FactBot.Core.Posts;
using FactBot.Storage.Stores;

namespace FactBot.Storage.Tests.Mapping;

/// <summary>Every field of every stored record survives a write, a close and a re-open of the database.</summary>
public sealed class RoundTripTests : IDisposable
{
    // Every field, the source record included (it is stored only when asked for).
    private readonly TestDatabase _db = new(keepRawJson: true);

    public void Dispose() => _db.Dispose();

    [Fact]
    public void FullSamples_SetEveryField()
    {
        RecordAssert.FullyPopulated(Samples.FullPost);
        RecordAssert.FullyPopulated(Samples.FullAlert);
        RecordAssert.FullyPopulated(Samples.FullWatchlist);
        RecordAssert.FullyPopulated(Samples.FullSubscription);
        RecordAssert.FullyPopulated(Samples.FullOutbox);
        RecordAssert.FullyPopulated(Samples.FullLabel);
        RecordAssert.FullyPopulated(Samples.FullAudit);
        RecordAssert.FullyPopulated(Samples.Checkpoint);
    }

    [Fact]
    public async Task Post_FullAndMinimal_RoundTrip()
    {
        await new LiteDbPostStore(_db.Database).AddNewAsync([Samples.FullPost, Samples.MinimalPost]);

        var sut = new LiteDbPostStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullPost, await sut.GetAsync(Samples.FullPost.Key));
        RecordAssert.Equivalent(Samples.MinimalPost, await sut.GetAsync(Samples.MinimalPost.Key));
    }

    [Fact]
    public async Task Post_SourceRecord_IsNotStoredByDefault()
    {
        using var db = new TestDatabase();
        await new LiteDbPostStore(db.Database).AddNewAsync([Samples.FullPost]);

        var stored = await new LiteDbPostStore(db.Reopen()).GetAsync(Samples.FullPost.Key);

        RecordAssert.Equivalent(Samples.FullPost with { RawJson = null }, stored);
    }

    [Fact]
    public async Task Post_EveryOmittedOrDerivedFieldCase_RoundTrips()
    {
        Post[] posts =
        [
            Samples.MinimalPost with { Platform = "tiktok", PlatformPostId = "73207681965695992750", Likes = 0, Views = null, Comments = long.MaxValue, Shares = int.MinValue },
            Samples.MinimalPost with { Platform = "tiktok", PlatformPostId = "2", AuthorHandle = "ann", Url = "https://www.tiktok.com/@ann/video/2" },
            Samples.MinimalPost with { Platform = "tiktok", PlatformPostId = "3", Url = "https://example.org/elsewhere" },
            Samples.MinimalPost with { PlatformPostId = "4", ObservedAt = Samples.T0.AddTicks(-1), AuthorKey = "someone", Text = "" },
            Samples.MinimalPost with { Platform = "odd:platform", PlatformPostId = "a:b" },
            Samples.MinimalPost with { PlatformPostId = "6", Hashtags = [new string('x', 2000)], Text = " " },
            Samples.MinimalPost with { PlatformPostId = "7", Hashtags = ["a", "b", "a"], SoundId = "" },
            Samples.MinimalPost with { PlatformPostId = "8", Hashtags = ["z", "y"], SoundId = "123" },
            Samples.MinimalPost with { PlatformPostId = "9", Hashtags = ["a\u001Fb", "ok"], SoundId = new string('9', 2000) },
            Samples.MinimalPost with { PlatformPostId = "10", Hashtags = [], SoundId = null },
        ];
        await new LiteDbPostStore(_db.Database).AddNewAsync(posts);

        var sut = new LiteDbPostStore(_db.Reopen());

        foreach (var post in posts)
            RecordAssert.Equivalent(post, await sut.GetAsync(post.Key));
        Assert.Null((await sut.GetAsync("tiktok:73207681965695992750"))!.Url);

        // Hashtags and sound that the target keys give back exactly are not stored twice.
        var stored = _db.Database.Collection("posts").FindAll().ToDictionary(d => d["k"].AsString);
        Assert.False(stored[posts[7].Key].ContainsKey("h"));
        Assert.False(stored[posts[7].Key].ContainsKey("sd"));
        Assert.True(stored[posts[6].Key].ContainsKey("h"));
        Assert.False(stored[posts[8].Key].ContainsKey("h"));
        Assert.True(stored[posts[8].Key].ContainsKey("sd"));
        Assert.Equal(posts.Select(p => p.Key), (await sut.ReadAfterSequenceAsync(0, 10)).Select(p => p.Post.Key));
    }

    [Fact]
    public async Task Alert_FullAndMinimal_RoundTrip()
    {
        var store = new LiteDbAlertStore(_db.Database);
        await store.UpsertAsync(Samples.FullAlert);
        await store.UpsertAsync(Samples.MinimalAlert);

        var sut = new LiteDbAlertStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullAlert, await sut.GetAsync(Samples.FullAlert.Id));
        RecordAssert.Equivalent(Samples.MinimalAlert, await sut.GetAsync(Samples.MinimalAlert.Id));
    }

    [Fact]
    public async Task Watchlist_FullAndMinimal_RoundTrip()
    {
        var store = new LiteDbWatchlistStore(_db.Database);
        await store.UpsertAsync(Samples.FullWatchlist);
        await store.UpsertAsync(Samples.MinimalWatchlist);

        var sut = new LiteDbWatchlistStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullWatchlist, await sut.GetAsync(Samples.FullWatchlist.Name));
        RecordAssert.Equivalent(Samples.MinimalWatchlist, await sut.GetAsync(Samples.MinimalWatchlist.Name));
    }

    [Fact]
    public async Task Subscription_FullAndMinimal_RoundTrip()
    {
        var store = new LiteDbSubscriptionStore(_db.Database);
        await store.UpsertAsync(Samples.FullSubscription);
        await store.UpsertAsync(Samples.MinimalSubscription);

        var sut = new LiteDbSubscriptionStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullSubscription, await sut.GetAsync(Samples.FullSubscription.Id));
        RecordAssert.Equivalent(Samples.MinimalSubscription, await sut.GetAsync(Samples.MinimalSubscription.Id));
    }

    [Fact]
    public async Task OutboxMessage_FullAndMinimal_RoundTrip()
    {
        var store = new LiteDbOutboxStore(_db.Database);
        await store.EnqueueAsync(Samples.FullOutbox);
        await store.EnqueueAsync(Samples.MinimalOutbox);

        var sut = new LiteDbOutboxStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullOutbox, await sut.GetAsync(Samples.FullOutbox.Id));
        RecordAssert.Equivalent(Samples.MinimalOutbox, await sut.GetAsync(Samples.MinimalOutbox.Id));
    }

    [Fact]
    public async Task Label_FullAndMinimal_RoundTrip()
    {
        await new LiteDbLabelStore(_db.Database).UpsertAsync([Samples.FullLabel, Samples.MinimalLabel]);

        var sut = new LiteDbLabelStore(_db.Reopen());

        RecordAssert.Equivalent(Samples.FullLabel, await sut.GetAsync(Samples.FullLabel.Platform, Samples.FullLabel.Handle));
        RecordAssert.Equivalent(Samples.MinimalLabel, await sut.GetAsync(Samples.MinimalLabel.Platform, Samples.MinimalLabel.Handle));
    }

    [Fact]
    public async Task AuditEntryAndCheckpoint_RoundTrip()
    {
        var log = new LiteDbAuditLog(_db.Database);
        await log.AppendAsync(Samples.FullAudit);
        await log.AppendAsync(Samples.MinimalAudit with { At = Samples.T0.AddTicks(1) });
        await new LiteDbCheckpointStore(_db.Database).SaveAsync(Samples.Checkpoint);

        var reopened = _db.Reopen();
        var entries = await new LiteDbAuditLog(reopened).RecentAsync(10);
        var checkpoint = await new LiteDbCheckpointStore(reopened).GetAsync(Samples.Checkpoint.SourceId);

        Assert.Equal(2, entries.Count);
        RecordAssert.Equivalent(Samples.MinimalAudit with { At = Samples.T0.AddTicks(1) }, entries[0]);
        RecordAssert.Equivalent(Samples.FullAudit, entries[1]);
        Assert.Equal(Samples.Checkpoint, checkpoint);
    }

    [Fact]
    public async Task Post_WithNonUtcOffset_ComesBackAsTheSameInstantInUtc()
    {
        var local = new DateTimeOffset(2022, 3, 1, 14, 0, 0, TimeSpan.FromHours(2));
        var sut = new LiteDbPostStore(_db.Database);
        await sut.AddNewAsync([Samples.MinimalPost with { CreatedAt = local }]);

        var stored = await sut.GetAsync(Samples.MinimalPost.Key);

        Assert.Equal(local, stored!.CreatedAt);
        Assert.Equal(TimeSpan.Zero, stored.CreatedAt.Offset);
    }

    [Fact]
    public async Task Label_KeysDifferingOnlyInCase_StayDistinct()
    {
        var sut = new LiteDbLabelStore(_db.Database);
        await sut.UpsertAsync([Samples.MinimalLabel with { Handle = "Abc" }, Samples.MinimalLabel with { Handle = "abc", Outlet = "x" }]);

        var labels = await sut.ListAsync();

        Assert.Equal(["mastodon:Abc", "mastodon:abc"], labels.Select(l => l.Key));
        Assert.Null((await sut.GetAsync("mastodon", "Abc"))!.Outlet);
    }
}
