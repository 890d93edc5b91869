using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Worker.Scheduling;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Worker.Tests.Scheduling;

public sealed class QuartzScheduleValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 27, 12, 0, 0, TimeSpan.Zero);
    private readonly QuartzScheduleValidator _sut = new(new FakeTimeProvider(Now), Options.Create(new DigestSchedulingOptions()));

    [Theory]
    [InlineData("0 9 * * *", "starts with seconds, e.g. \"0 0 9 * * *\"")]
    [InlineData("0 0 25 * * ?", "Hour values must be between 0 and 23")]
    [InlineData("0 0 9 ? * MON,FOO", "FOO")]
    [InlineData("0 0 9 * * ? 2020", "never fires again")]
    [InlineData("0 0 9 31 2 ?", "never fires again")]
    [InlineData("* * * * * ?", "sends a digest every 1 s; digests come at most once every 15 min (Worker:Digests:MinInterval)")]
    [InlineData("0 0/5 * * * ?", "every 5 min")]
    [InlineData("0 0,1 9 * * ?", "every 1 min")]
    public void Validate_WhatQuartzCannotRun_IsAnErrorForTheScheduleOption(string cron, string expected)
    {
        var result = _sut.Validate(cron);

        var error = Assert.IsType<InvalidArgument>(result.Error);
        Assert.Equal("schedule", error.Argument);
        Assert.StartsWith("'schedule'", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0 0 9 * * ?")]
    [InlineData("0 0/15 8-18 ? * MON-FRI")]
    [InlineData("0 0 12 L * ?")]
    public void Validate_QuartzCron_IsAccepted(string cron) => Assert.True(_sut.Validate(cron).IsSuccess);

    [Fact]
    public void NextFireAfter_DailyInBerlin_IsNineLocalOnBothSidesOfTheSpringChange()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

        var saturday = _sut.NextFireAfter("0 0 9 * * ?", zone, Now);
        var sunday = _sut.NextFireAfter("0 0 9 * * ?", zone, saturday!.Value);

        Assert.Equal(new DateTimeOffset(2026, 3, 28, 8, 0, 0, TimeSpan.Zero), saturday);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 7, 0, 0, TimeSpan.Zero), sunday);
    }

    /// <summary>
    /// Core's fallback computes next digests for the shorthand forms without Quartz; through a whole year of clock
    /// changes in zones with odd offsets it must say what Quartz will do.
    /// </summary>
    [Theory]
    [InlineData("0 0 * * * ?")]
    [InlineData("0 30 * * * ?")]
    [InlineData("0 0 9 * * ?")]
    [InlineData("0 30 2 * * ?")]
    [InlineData("0 15 1 ? * SUN")]
    public void NextFireAfter_ShorthandForms_AgreeWithCoresFallbackAllYear(string cron)
    {
        var core = new CronShapeValidator();
        foreach (var id in new[] { "UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe", "Pacific/Chatham" })
        {
            var zone = TimeZoneInfo.FindSystemTimeZoneById(id);
            var at = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
            while (at.Year == 2026)
            {
                var expected = _sut.NextFireAfter(cron, zone, at);
                var actual = core.NextFireAfter(cron, zone, at);
                if (actual != expected)
                    Assert.Fail($"{cron} in {id} after {at:O}: Quartz {expected:O}, Core {actual:O}");
                at = expected!.Value;
            }
        }
    }
}
