using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class DocumentFrequencyTests
{
    private static readonly long T0 = new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero).UtcTicks;

    [Fact]
    public void Add_DistinctAccounts_CountsEachOnce()
    {
        var sut = new DocumentFrequency(100);

        Assert.Equal(1, sut.Add(42, 1, T0, out var first));
        Assert.Equal(1, sut.Add(42, 1, T0 + Minutes(5), out var again));
        Assert.Equal(2, sut.Add(42, 2, T0 + Minutes(6), out var second));
        Assert.Equal(2, sut.Add(42, 1, T0 + Minutes(7), out var back));

        Assert.True(first);
        Assert.False(again);
        Assert.True(second);
        Assert.False(back);
        Assert.Equal(2, sut.CountOf(42));
        Assert.Equal(0, sut.CountOf(43));
    }

    [Fact]
    public void Sweep_AccountsWhoseLastUseIsOlder_AreForgottenAndObjectsThatStoppedTrendingReported()
    {
        var sut = new DocumentFrequency(2);
        sut.Add(42, 1, T0, out _);
        sut.Add(42, 2, T0 + Minutes(10), out _);
        sut.Add(42, 3, T0 + Minutes(20), out _);
        sut.Add(7, 1, T0, out _);
        for (var account = 1; account <= 3; account++)
            sut.Add(99, account, T0 + Minutes(16 + account), out _);
        var dropped = new List<ulong>();

        sut.Sweep(T0 + Minutes(15), dropped.Add);

        // 42 fell from 3 accounts (above the cap of 2) to 1; 7 only lost its single use; 99 trends on.
        Assert.Equal(1, sut.CountOf(42));
        Assert.Equal(0, sut.CountOf(7));
        Assert.Equal(3, sut.CountOf(99));
        Assert.Equal([42UL], dropped);

        // Collapsed back to one account, it still counts a new one.
        Assert.Equal(2, sut.Add(42, 4, T0 + Minutes(21), out var grew));
        Assert.True(grew);
    }

    private static long Minutes(int n) => n * TimeSpan.TicksPerMinute;

    [Fact]
    public void Add_MoreAccountsThanTheCap_CountReadsCapPlusOneUntilTheMostRecentOnesAge()
    {
        var sut = new DocumentFrequency(3);
        for (var account = 0; account < 10; account++)
            sut.Add(42, account, T0 + Minutes(account), out _);

        // Accounts 6..9 are the four most recent: more than the cap while all four are inside the lookback.
        Assert.Equal(4, sut.CountOf(42));
        sut.Sweep(T0 + Minutes(6), _ => { });
        Assert.Equal(4, sut.CountOf(42));
        sut.Sweep(T0 + Minutes(7), _ => { });
        Assert.Equal(3, sut.CountOf(42));
    }
}
