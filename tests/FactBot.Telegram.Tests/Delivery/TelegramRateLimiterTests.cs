using FactBot.Telegram.Delivery;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Telegram.Tests.Delivery;

public sealed class TelegramRateLimiterTests
{
    private const long Person = 7;
    private const long Group = -100;
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 12, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);

    [Fact]
    public void Reserve_TwoMessagesToOneChat_AreOneIntervalApart()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions(), _time);

        var slots = sut.Reserve(Person, 2, TimeSpan.Zero);

        Assert.Equal([Start, Start.AddSeconds(1)], slots.Times);
    }

    [Fact]
    public void Reserve_WhenTheNextSlotIsFurtherThanTheCallerWaits_IsDeniedWithTheWait()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions(), _time);
        sut.Reserve(Person, 1, TimeSpan.Zero);
        _time.Advance(TimeSpan.FromMilliseconds(300));

        var denied = sut.Reserve(Person, 1, TimeSpan.FromMilliseconds(500));
        var granted = sut.Reserve(Person, 1, TimeSpan.FromSeconds(1));

        Assert.False(denied.Granted);
        Assert.Equal(TimeSpan.FromMilliseconds(700), denied.Wait);
        Assert.Equal([Start.AddSeconds(1)], granted.Times);
    }

    [Fact]
    public void Reserve_OtherChats_DoNotWaitForEachOther()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions(), _time);
        sut.Reserve(Person, 1, TimeSpan.Zero);

        Assert.Equal([Start], sut.Reserve(Person + 1, 1, TimeSpan.Zero).Times);
    }

    [Fact]
    public void Reserve_TheTwentyFirstMessageToAGroupWithinAMinute_WaitsForTheFirstToLeaveTheWindow()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions { PerChatInterval = TimeSpan.Zero, GlobalPerSecond = 1000 }, _time);

        var twenty = sut.Reserve(Group, 20, TimeSpan.Zero);
        var next = sut.Reserve(Group, 1, TimeSpan.FromMinutes(2));
        var person = sut.Reserve(Person, 21, TimeSpan.Zero);

        Assert.All(twenty.Times, t => Assert.Equal(Start, t));
        Assert.Equal([Start.AddMinutes(1)], next.Times);
        Assert.Equal(21, person.Times.Count(t => t == Start));
    }

    [Fact]
    public void Reserve_OverTheGlobalCap_MovesToTheNextSecond()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions { GlobalPerSecond = 3 }, _time);

        var times = Enumerable.Range(1, 4).Select(chat => sut.Reserve(chat, 1, TimeSpan.FromSeconds(5)).Times.Single()).ToList();

        Assert.Equal([Start, Start, Start, Start.AddSeconds(1)], times);
    }

    [Fact]
    public void Block_AfterA429_HoldsThatChatForRetryAfter()
    {
        var sut = new TelegramRateLimiter(new TelegramOptions(), _time);

        sut.Block(Group, TimeSpan.FromSeconds(7));
        var held = sut.Reserve(Group, 1, TimeSpan.FromSeconds(1));
        _time.Advance(TimeSpan.FromSeconds(7));
        var free = sut.Reserve(Group, 1, TimeSpan.Zero);

        Assert.Equal(TimeSpan.FromSeconds(7), held.Wait);
        Assert.Equal([Start.AddSeconds(7)], free.Times);
    }
}
