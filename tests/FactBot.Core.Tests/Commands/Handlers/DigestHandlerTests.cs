using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class DigestHandlerTests : IDisposable
{
    private readonly SubscriptionCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Digest_AnswersWithTheDigestAndNeitherEnqueuesNorMovesTheLastDigestMark()
    {
        await _f.AdminAsync("/subscribe");
        var alert = await _f.OpenAlertAsync();

        var reply = await _f.MemberAsync("/digest");

        Assert.StartsWith("Digest for main", reply.Message.Title, StringComparison.Ordinal);
        Assert.Contains(alert.Id, reply.Message.Footer, StringComparison.Ordinal);
        Assert.Equal("1", SubscriptionCommandFixture.Field(reply, "New"));
        Assert.Empty(_f.Outbox.All);
        Assert.Null(Assert.Single(await _f.Subscriptions.ListAsync()).LastDigestAt);
    }

    [Fact]
    public async Task Digest_NothingHappened_StillAnswersThatNothingIsNew()
    {
        var reply = await _f.MemberAsync("/digest");

        Assert.Equal("Nothing new: no alerts since the last digest.", reply.Message.Summary);
    }

    [Fact]
    public async Task Digest_CoversOnlyWhatFollowsThisChatsLastDigest()
    {
        var old = await _f.OpenAlertAsync("#old");
        _f.Time.Advance(TimeSpan.FromHours(2));
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = SubscriptionCommandFixture.Channel, LastDigestAt = _f.Time.GetUtcNow() });
        _f.Time.Advance(TimeSpan.FromHours(1));
        var fresh = await _f.OpenAlertAsync("#fresh");

        var reply = await _f.MemberAsync("/digest");

        Assert.Contains($"New on main:\n• {fresh.Id}", reply.Message.Footer.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains($"Still open:\n• {old.Id}", reply.Message.Footer.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_ChatSubscribedToOneOtherWatchlist_UsesThatOne()
    {
        await _f.AddWatchlistAsync("elections");
        await _f.AdminAsync("/subscribe watchlist:elections");
        var elections = await _f.OpenAlertAsync("#vote", watchlist: "elections");
        var main = await _f.OpenAlertAsync("#donbas");

        var reply = await _f.MemberAsync("/digest");

        Assert.StartsWith("Digest for elections", reply.Message.Title, StringComparison.Ordinal);
        Assert.Contains(elections.Id, reply.Message.Footer, StringComparison.Ordinal);
        Assert.DoesNotContain(main.Id, reply.Message.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_UnknownWatchlist_SaysSo()
    {
        var reply = await _f.MemberAsync("/digest watchlist:nope");

        Assert.Equal("No watchlist 'nope'", reply.Message.Title);
        Assert.True(reply.Ephemeral);
    }
}
