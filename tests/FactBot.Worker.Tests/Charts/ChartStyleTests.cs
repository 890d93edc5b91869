using FactBot.Core.Messages;
using FactBot.Worker.Charts;

namespace FactBot.Worker.Tests.Charts;

public sealed class ChartStyleTests
{
    private static ChartSeries Series(TimeSpan binSize, DateTimeOffset start, int bins = 48) =>
        new(binSize, [.. Enumerable.Range(0, bins).Select(i => new ChartPoint(start + (binSize * i), 1, null, null, null))]);

    [Fact]
    public void TimeTicks_HourlyBins_AreEverySixHoursOnTheClockWithTheDateOnEachNewDay()
    {
        var series = Series(TimeSpan.FromHours(1), new DateTimeOffset(2022, 3, 6, 15, 0, 0, TimeSpan.Zero));

        var ticks = ChartStyle.TimeTicks(series);

        Assert.Equal(["18:00\n06 Mar", "00:00\n07 Mar", "06:00", "12:00", "18:00", "00:00\n08 Mar", "06:00", "12:00"], ticks.Select(t => t.Label));
        // Ticks sit on the left edge of their bin: 18:00 is bin 3, drawn from x = 2.5.
        Assert.Equal(2.5, ticks[0].Position);
    }

    [Fact]
    public void TimeTicks_FiveMinuteBins_AreEveryThirtyMinutes()
    {
        var series = Series(TimeSpan.FromMinutes(5), new DateTimeOffset(2022, 3, 6, 10, 5, 0, TimeSpan.Zero));

        var labels = ChartStyle.TimeTicks(series).Select(t => t.Label).ToList();

        Assert.Equal(["10:30\n06 Mar", "11:00", "11:30", "12:00", "12:30", "13:00", "13:30", "14:00"], labels);
    }

    [Fact]
    public void TimeTicks_DailyBins_ShowDatesOnly()
    {
        var series = Series(TimeSpan.FromDays(1), new DateTimeOffset(2022, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var labels = ChartStyle.TimeTicks(series).Select(t => t.Label).ToList();

        Assert.InRange(labels.Count, 3, 8);
        Assert.All(labels, l => Assert.Matches(@"^\d\d [A-Z][a-z]{2}$", l));
    }

    [Theory]
    [InlineData(60, "1 h")]
    [InlineData(15, "15 min")]
    [InlineData(1440, "1 d")]
    [InlineData(90, "90 min")]
    public void Describe_BinSize_ReadsAsAUnit(int minutes, string expected) =>
        Assert.Equal(expected, ChartStyle.Describe(TimeSpan.FromMinutes(minutes)));
}
