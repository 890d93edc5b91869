using FactBot.Core.Posts;

namespace FactBot.Sources.Tests.Demo;

public sealed class DemoSurgeTests
{
    private static bool OnSurgeTag(Post p) => DemoData.HasTag(p, DemoData.Scenario.SurgeHashtag);

    private static bool OnSurgeSound(Post p) => p.SoundId == DemoData.Scenario.SurgeSound.Id;

    [Fact]
    public void Generate_SurgePeakHour_IsAtLeastFiveTimesEveryPreviousDayAndSixty()
    {
        var peak = DemoData.Scenario.SurgePeakHour;

        var count = DemoData.CountInHour(OnSurgeTag, peak);
        var previous = Enumerable.Range(1, DemoData.Scenario.Days - 1)
            .Select(days => DemoData.CountInHour(OnSurgeTag, peak.AddDays(-days)))
            .ToList();

        Assert.True(count >= 60, $"peak hour has {count} #{DemoData.Scenario.SurgeHashtag} posts");
        Assert.All(previous, before => Assert.True(count >= 5 * Math.Max(before, 1), $"{count} vs {before} before"));
    }

    [Fact]
    public void Generate_SurgeWindow_EveryHourIsWellAboveItsUsualLevel()
    {
        var scenario = DemoData.Scenario;

        for (var hour = scenario.SurgeStart; hour < scenario.SurgeEnd; hour = hour.AddHours(1))
        {
            var now = DemoData.CountInHour(OnSurgeTag, hour);
            var usual = Enumerable.Range(1, scenario.Days - 1).Average(d => DemoData.CountInHour(OnSurgeTag, hour.AddDays(-d)));
            Assert.True(now >= 5 * usual, $"{hour:HH:mm}: {now} posts vs {usual:F1} usual");
        }
    }

    [Fact]
    public void Generate_SurgeHashtag_ExistsAtLowVolumeBeforeTheSurgeDay()
    {
        var scenario = DemoData.Scenario;
        
        var perDay = Enumerable.Range(0, scenario.Days - 1)
            .Select(d => DemoData.Posts.Count(p => OnSurgeTag(p) && p.CreatedAt.Date == scenario.Start.AddDays(d).Date))
            .ToList();
        var hourlyMax = Enumerable.Range(0, (scenario.Days - 1) * 24)
            .Max(h => DemoData.CountInHour(OnSurgeTag, scenario.Start.AddHours(h)));

        Assert.All(perDay, n => Assert.InRange(n, 10, 120));
        Assert.InRange(hourlyMax, 1, 9);
        Assert.Equal(scenario.End.AddDays(-1), scenario.SurgeDay);
    }

    [Fact]
    public void Generate_SurgeSound_IsFirstUsedByTheStarter()
    {
        var scenario = DemoData.Scenario;

        var first = DemoData.Posts.First(OnSurgeSound);

        Assert.Equal(scenario.Starter.Handle, first.AuthorHandle);
        Assert.Equal(scenario.Starter.SurgePosts[0], first.CreatedAt);
        Assert.True(first.CreatedAt < scenario.SurgeStart);
        Assert.True(first.CreatedAt < scenario.CoordinatedWaves.Min());
    }

    [Fact]
    public void Generate_SurgeSound_PeakHourHasManyUnrelatedAccounts()
    {
        var scenario = DemoData.Scenario;
        var planted = scenario.CoordinatedAccounts.Concat(scenario.LabelledAccounts.Select(a => a.Handle)).ToHashSet();

        var organic = DemoData.Posts
            .Where(p => OnSurgeSound(p) && !planted.Contains(p.AuthorHandle)
                        && p.CreatedAt >= scenario.SurgePeakHour && p.CreatedAt < scenario.SurgePeakHour.AddHours(1))
            .ToList();

        Assert.True(organic.Count >= 30, $"{organic.Count} organic posts on the surge sound in the peak hour");
        Assert.Equal(organic.Count, organic.Select(p => p.AuthorHandle).Distinct().Count());
    }
}
