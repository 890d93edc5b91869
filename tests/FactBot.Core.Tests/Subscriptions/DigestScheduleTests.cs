using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Subscriptions;

public sealed class DigestScheduleTests
{
    [Theory]
    [InlineData("hourly", "0 0 * * * ?")]
    [InlineData("HOURLY", "0 0 * * * ?")]
    [InlineData("daily@09:00", "0 0 9 * * ?")]
    [InlineData("daily@7:05", "0 5 7 * * ?")]
    [InlineData("weekly@mon-09:00", "0 0 9 ? * MON")]
    [InlineData("Weekly@SUN-23:59", "0 59 23 ? * SUN")]
    [InlineData("  0   30 6 ? *  tue,thu ", "0 30 6 ? * TUE,THU")]
    public void ToCron_ShorthandOrCron_GivesTheQuartzCron(string text, string expected)
    {
        var cron = DigestSchedule.ToCron(text);

        Assert.True(cron.IsSuccess);
        Assert.Equal(expected, cron.Value);
    }

    [Theory]
    [InlineData("daily@24:00")]
    [InlineData("daily@09:60")]
    [InlineData("daily")]
    [InlineData("weekly@09:00")]
    [InlineData("weekly@monday-09:00")]
    [InlineData("twice a day")]
    public void ToCron_Nonsense_IsAnErrorForTheScheduleOption(string text)
    {
        var cron = DigestSchedule.ToCron(text);

        Assert.False(cron.IsSuccess);
        var error = Assert.IsType<Results.InvalidArgument>(cron.Error);
        Assert.Equal("schedule", error.Argument);
        Assert.Contains("hourly, daily@HH:mm, weekly@mon-HH:mm", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 0 * * * ?", "every hour")]
    [InlineData("0 15 * * * ?", "every hour at :15")]
    [InlineData("0 0 9 * * ?", "every day at 09:00")]
    [InlineData("0 30 7 ? * MON", "every Monday at 07:30")]
    [InlineData("0 0 18 ? * MON-FRI", "cron 0 0 18 ? * MON-FRI")]
    public void Describe_ReadsTheCronBackInWords(string cron, string expected) =>
        Assert.Equal(expected, DigestSchedule.Describe(cron));
}
