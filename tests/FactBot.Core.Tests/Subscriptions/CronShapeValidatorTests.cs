using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Subscriptions;

public sealed class CronShapeValidatorTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");
    private readonly CronShapeValidator _sut = new();

    [Theory]
    [InlineData("0 0 9 * * ?")]
    [InlineData("0 0/15 8-18 ? * MON-FRI")]
    [InlineData("0 0 12 L * ? 2030")]
    public void Validate_QuartzShapedCron_IsAccepted(string cron) => Assert.True(_sut.Validate(cron).IsSuccess);

    [Theory]
    [InlineData("0 9 * * *", "has 5")]
    [InlineData("0 0 9 * * ? 2030 1", "has 8")]
    [InlineData("0 0 9 * * {", "'{'")]
    public void Validate_WrongShape_SaysWhat(string cron, string expected)
    {
        var result = _sut.Validate(cron);

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextFireAfter_DailyInBerlin_FollowsTheSpringClockChange()
    {
        var fires = Fires("0 0 9 * * ?", Berlin, new DateTimeOffset(2026, 3, 27, 12, 0, 0, TimeSpan.Zero), 3);

        Assert.Equal(
        [
            new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 3, 30, 7, 0, 0, TimeSpan.Zero),
        ], fires);
    }

    [Fact]
    public void NextFireAfter_DailyInBerlin_FollowsTheAutumnClockChange()
    {
        var fires = Fires("0 0 9 * * ?", Berlin, new DateTimeOffset(2026, 10, 23, 12, 0, 0, TimeSpan.Zero), 3);

        Assert.Equal(
        [
            new DateTimeOffset(2026, 10, 24, 7, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 25, 8, 0, 0, TimeSpan.Zero),
            new DateTimeOffset(2026, 10, 26, 8, 0, 0, TimeSpan.Zero),
        ], fires);
    }

    [Fact]
    public void NextFireAfter_HourlyAcrossTheSpringGap_SkipsTheHourThatDoesNotExist()
    {
        // 01:00 CET is 00:00 UTC; the clocks jump from 02:00 to 03:00, so local 02:00 never happens.
        var fires = Fires("0 0 * * * ?", Berlin, new DateTimeOffset(2026, 3, 29, 0, 0, 0, TimeSpan.Zero), 2);

        Assert.Equal([new DateTimeOffset(2026, 3, 29, 1, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 3, 29, 2, 0, 0, TimeSpan.Zero)], fires);
    }

    [Fact]
    public void NextFireAfter_Weekly_IsTheNextSuchWeekday()
    {
        var next = _sut.NextFireAfter("0 15 8 ? * MON", TimeZoneInfo.Utc, new DateTimeOffset(2026, 3, 30, 8, 15, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 4, 6, 8, 15, 0, TimeSpan.Zero), next);
    }

    [Fact]
    public void NextFireAfter_RicherCron_IsUnknown() =>
        Assert.Null(_sut.NextFireAfter("0 0/15 8-18 ? * MON-FRI", TimeZoneInfo.Utc, DateTimeOffset.UnixEpoch));

    private List<DateTimeOffset> Fires(string cron, TimeZoneInfo zone, DateTimeOffset from, int count)
    {
        var fires = new List<DateTimeOffset>();
        for (var at = from; fires.Count < count;)
        {
            at = _sut.NextFireAfter(cron, zone, at) ?? throw new InvalidOperationException("no next fire time");
            fires.Add(at);
        }

        return fires;
    }
}
