using FactBot.Core.Alerts;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class SubscribeHandlerTests : IDisposable
{
    private readonly SubscriptionCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Subscribe_InADirectMessage_AnyoneGetsTheDefaultsAndNoAuditEntry()
    {
        var reply = await _f.DirectAsync("/subscribe");

        var stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.Equal("telegram:2|main", stored.Id);
        Assert.True(stored.IsDirectMessage);
        Assert.Equal(SubscriptionMode.Both, stored.Mode);
        Assert.Equal("0 0 9 * * ?", stored.Schedule);
        Assert.Equal(SubscriptionCommandFixture.Start, stored.CreatedAt);
        Assert.Contains("Bob", stored.CreatedBy, StringComparison.Ordinal);
        Assert.Empty(_f.Audit.Entries);
        Assert.Equal("Subscribed this chat to main", reply.Message.Title);
        Assert.Equal("2026-03-28 09:00 UTC", SubscriptionCommandFixture.Field(reply, "Next digest"));
        Assert.Equal([("telegram:2|main", (Subscription?)stored)], _f.Listener.Changes);
    }

    [Fact]
    public async Task Subscribe_ChannelAdminWithEveryOption_StoresThemAndRepliesWithTheSubscriptionAsStored()
    {
        await _f.AddWatchlistAsync("elections");

        var reply = await _f.AdminAsync(
            "/subscribe watchlist:elections mode:digest schedule:daily@07:30 tz:Europe/Berlin quiet:22:00-07:00 min-severity:high");

        var stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.Equal("telegram:-100|elections", stored.Id);
        Assert.False(stored.IsDirectMessage);
        Assert.Equal(SubscriptionMode.Digest, stored.Mode);
        Assert.Equal("0 30 7 * * ?", stored.Schedule);
        Assert.Equal("Europe/Berlin", stored.TimeZone);
        Assert.Equal(new QuietHours(new TimeOnly(22, 0), new TimeOnly(7, 0)), stored.Quiet);
        Assert.Equal(Severity.High, stored.MinSeverity);
        Assert.Equal("every day at 07:30 (0 30 7 * * ?)", SubscriptionCommandFixture.Field(reply, "Digest schedule"));
        // Saturday 07:30 in Berlin is still winter time (UTC+1): the clocks change on Sunday.
        Assert.Equal("2026-03-28 07:30 Europe/Berlin (06:30 UTC)", SubscriptionCommandFixture.Field(reply, "Next digest"));
        Assert.Equal("High", SubscriptionCommandFixture.Field(reply, "Minimum severity"));
        Assert.StartsWith("22:00-07:00", SubscriptionCommandFixture.Field(reply, "Quiet hours"), StringComparison.Ordinal);
        Assert.False(reply.Ephemeral);
    }

    [Fact]
    public async Task Subscribe_InAChannel_IsAuditedWithBeforeAndAfter()
    {
        await _f.AdminAsync("/subscribe schedule:hourly");
        await _f.AdminAsync("/subscribe mode:alerts");

        Assert.Equal(2, _f.Audit.Entries.Count);
        var (created, changed) = (_f.Audit.Entries[0], _f.Audit.Entries[1]);
        Assert.Equal("subscribe", created.Action);
        Assert.Equal("telegram:-100|main", created.Subject);
        Assert.Equal("telegram:-100", created.Chat);
        Assert.Contains("Alice", created.Actor, StringComparison.Ordinal);
        Assert.Null(created.Before);
        Assert.Contains("schedule=\"0 0 * * * ?\"", created.After, StringComparison.Ordinal);
        Assert.Equal(created.After, changed.Before);
        Assert.Contains("mode=alerts", changed.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscribe_Again_ChangesOnlyTheOptionsGiven()
    {
        await _f.AdminAsync("/subscribe tz:Asia/Tokyo quiet:20:00-08:00 schedule:weekly@mon-08:15");

        var reply = await _f.AdminAsync("/subscribe min-severity:medium");

        var stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.Equal("Asia/Tokyo", stored.TimeZone);
        Assert.Equal("0 15 8 ? * MON", stored.Schedule);
        Assert.NotNull(stored.Quiet);
        Assert.Equal(Severity.Medium, stored.MinSeverity);
        Assert.Equal(SubscriptionCommandFixture.Start, stored.CreatedAt);
        Assert.Equal("Updated this chat's subscription to main", reply.Message.Title);
        Assert.Equal("every Monday at 08:15 (0 15 8 ? * MON)", SubscriptionCommandFixture.Field(reply, "Digest schedule"));
        Assert.Equal("2026-03-30 08:15 Asia/Tokyo (23:15 UTC)", SubscriptionCommandFixture.Field(reply, "Next digest"));
    }

    [Fact]
    public async Task Subscribe_PlainMemberInAChannel_IsRefusedAndChangesNothing()
    {
        var reply = await _f.MemberAsync("/subscribe mode:digest");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.Empty(await _f.Subscriptions.ListAsync());
        Assert.Empty(_f.Audit.Entries);
        Assert.Empty(_f.Listener.Changes);
    }

    [Fact]
    public async Task Subscribe_UnknownWatchlist_SaysSoAndListsTheExistingOnes()
    {
        await _f.AddWatchlistAsync("elections");

        var reply = await _f.AdminAsync("/subscribe watchlist:nope");

        Assert.Equal("No watchlist 'nope'", reply.Message.Title);
        Assert.Contains("elections, main", reply.Message.Summary, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(await _f.Subscriptions.ListAsync());
        Assert.Empty(_f.Listener.Changes);
    }

    [Theory]
    [InlineData("daily@25:00")]
    [InlineData("every-tuesday")]
    [InlineData("weekly@funday-09:00")]
    [InlineData("\"0 9 * * *\"")]
    [InlineData("\"0 0 9 * * ? 2030 x\"")]
    [InlineData("\"0 0 9 * * {\"")]
    public async Task Subscribe_BadSchedule_GetsAUsageReplyNamingTheScheduleAndChangesNothing(string schedule)
    {
        var reply = await _f.AdminAsync("/subscribe schedule:" + schedule);

        Assert.Equal("That command needs fixing", reply.Message.Title);
        Assert.Contains("'schedule'", reply.Message.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /subscribe", reply.Message.Footer, StringComparison.Ordinal);
        Assert.Empty(await _f.Subscriptions.ListAsync());
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Subscribe_QuotedCron_IsStoredAsQuartzCron()
    {
        var reply = await _f.AdminAsync("/subscribe schedule:\"0 0 18 ? * mon-fri\"");

        Assert.Equal("0 0 18 ? * MON-FRI", Assert.Single(await _f.Subscriptions.ListAsync()).Schedule);
        Assert.Equal("cron 0 0 18 ? * MON-FRI (0 0 18 ? * MON-FRI)", SubscriptionCommandFixture.Field(reply, "Digest schedule"));
    }

    [Fact]
    public async Task Subscribe_ASuspendedSubscription_ReactivatesItAndSaysSo()
    {
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = SubscriptionCommandFixture.Channel, SuspendedReason = "bot was removed" });

        var reply = await _f.AdminAsync("/subscribe");

        Assert.Null(Assert.Single(await _f.Subscriptions.ListAsync()).SuspendedReason);
        Assert.Contains("Re-activated (it was suspended: bot was removed)", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal("active · last digest never", SubscriptionCommandFixture.Field(reply, "State"));
    }

    [Fact]
    public async Task Subscribe_AlertsOnlyWithQuietHours_PointsToDigestForHeldAlerts()
    {
        var reply = await _f.AdminAsync("/subscribe mode:alerts quiet:22:00-07:00");

        Assert.Contains("/digest", reply.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Message.Fields, f => f.Name == "Next digest");
    }

    [Fact]
    public async Task Subscribe_QuietOff_ClearsTheQuietHoursAndKeepsTheRest()
    {
        await _f.AdminAsync("/subscribe tz:Asia/Tokyo quiet:20:00-08:00");

        var reply = await _f.AdminAsync("/subscribe quiet:off");

        var stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.Null(stored.Quiet);
        Assert.Equal("Asia/Tokyo", stored.TimeZone);
        Assert.Equal("none", SubscriptionCommandFixture.Field(reply, "Quiet hours"));
    }

    [Fact]
    public async Task Subscribe_CriticalHeldAndEmptyDigestsOn_AreStoredShownAndAudited()
    {
        var reply = await _f.AdminAsync("/subscribe quiet:22:00-07:00 critical:held empty-digests:on");

        var stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.False(stored.CriticalBypassesQuiet);
        Assert.True(stored.SendEmptyDigest);
        Assert.Equal("22:00-07:00 local: alerts held for the next digest", SubscriptionCommandFixture.Field(reply, "Quiet hours"));
        Assert.Equal("sent (\"nothing new\")", SubscriptionCommandFixture.Field(reply, "Empty digests"));
        var entry = Assert.Single(await _f.Audit.RecentAsync(10));
        Assert.Contains("critical=held empty-digests=on", entry.After, StringComparison.Ordinal);

        await _f.AdminAsync("/subscribe critical:through empty-digests:off");

        stored = Assert.Single(await _f.Subscriptions.ListAsync());
        Assert.True(stored.CriticalBypassesQuiet);
        Assert.False(stored.SendEmptyDigest);
    }

    [Theory]
    [InlineData("quiet:sometimes", "quiet")]
    [InlineData("critical:maybe", "critical")]
    [InlineData("empty-digests:yes", "empty-digests")]
    public async Task Subscribe_BadNewOption_GetsAUsageReplyNamingItAndChangesNothing(string option, string name)
    {
        var reply = await _f.AdminAsync($"/subscribe {option}");

        Assert.Contains($"'{name}'", reply.Message.Summary ?? reply.Message.Title, StringComparison.Ordinal);
        Assert.Empty(await _f.Subscriptions.ListAsync());
    }
}
