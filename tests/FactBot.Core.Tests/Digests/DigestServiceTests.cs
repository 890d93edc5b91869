using FactBot.Core.Digests;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Digests;

public sealed class DigestServiceTests
{
    private static readonly DateTimeOffset Now = new(2022, 3, 8, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Since_LastDigestBeforeNow_IsTheLastDigest() =>
        Assert.Equal(Now.AddHours(-3), DigestService.Since(Subscribed(lastDigest: Now.AddHours(-3)), Now));

    [Fact]
    public void Since_NoDigestYet_IsADayBack() =>
        Assert.Equal(Now - DigestService.FirstDigestLookback, DigestService.Since(Subscribed(lastDigest: null), Now));

    [Fact]
    public void Since_LastDigestAheadOfTheClock_IsADayBackNotAnEmptyPeriod()
    {
        // The console subscribed in 2026, then a replay set the clock back to 2022: the digest covers the replay's last day.
        var since = DigestService.Since(Subscribed(lastDigest: new DateTimeOffset(2026, 11, 28, 9, 0, 0, TimeSpan.Zero)), Now);

        Assert.Equal(Now - DigestService.FirstDigestLookback, since);
    }

    private static Subscription Subscribed(DateTimeOffset? lastDigest) =>
        new() { Chat = ChatRef.Console, Watchlist = Watchlist.MainName, LastDigestAt = lastDigest };
}
