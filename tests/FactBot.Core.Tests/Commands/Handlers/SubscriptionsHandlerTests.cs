using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class SubscriptionsHandlerTests : IDisposable
{
    private readonly SubscriptionCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Subscriptions_ListsThisChatsOnlyWithStateLastAndNextDigest()
    {
        await _f.Subscriptions.UpsertAsync(new Subscription
        {
            Chat = SubscriptionCommandFixture.Channel,
            TimeZone = "Europe/Kyiv",
            LastDigestAt = SubscriptionCommandFixture.Start.AddHours(-5),
        });
        await _f.Subscriptions.UpsertAsync(new Subscription
        {
            Chat = SubscriptionCommandFixture.Channel, Watchlist = "elections", Mode = SubscriptionMode.Alerts, SuspendedReason = "bot was removed",
        });
        await _f.Subscriptions.UpsertAsync(new Subscription { Chat = new("telegram", "-200"), Watchlist = "other" });

        var reply = await _f.MemberAsync("/subscriptions");

        Assert.Equal("This chat's subscriptions (2)", reply.Message.Title);
        Assert.Equal(["elections", "main"], reply.Message.Fields.Select(f => f.Name));
        var main = SubscriptionCommandFixture.Field(reply, "main");
        Assert.Contains("digests every day at 09:00 (0 0 9 * * ?)", main, StringComparison.Ordinal);
        Assert.Contains("next digest 2026-03-28 09:00 Europe/Kyiv (07:00 UTC)", main, StringComparison.Ordinal);
        Assert.Contains("active · last digest 2026-03-27 09:00 Europe/Kyiv (07:00 UTC)", main, StringComparison.Ordinal);
        var elections = SubscriptionCommandFixture.Field(reply, "elections");
        Assert.Contains("suspended: bot was removed", elections, StringComparison.Ordinal);
        Assert.DoesNotContain("digest", elections, StringComparison.Ordinal);
        Assert.Contains("/subscribe for it again", reply.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Subscriptions_None_SaysHowToStart()
    {
        var reply = await _f.MemberAsync("/subscriptions");

        Assert.Equal("This chat has no subscriptions", reply.Message.Title);
        Assert.Contains("/subscribe", reply.Message.Summary, StringComparison.Ordinal);
    }
}
