namespace FactBot.Sources.Demo;

/// <summary>
/// The organically trending sound: a dance trend that rises over a few days. Hundreds of unrelated accounts,
/// captions from their own words, posts spread over minutes — popular, not coordinated.
/// </summary>
internal static class TrendStream
{
    private static readonly string[] TrendTopics = ["music", "comedy", "fashion", "pets", "fitness"];

    public static IEnumerable<PostDraft> Create(DemoScenario scenario, DemoRandom random)
    {
        for (var day = 0; day < scenario.Days && day < scenario.TrendingDailyLevel.Count; day++)
        {
            var dayStart = scenario.Start.AddDays(day);
            var level = scenario.TrendingDailyLevel[day];
            for (var hour = 0; hour < 24; hour++)
            {
                var mean = scenario.TrendingPeakPerHour * level * DailyCycle.Hour(hour) * random.Jitter(0.2);
                var count = random.Poisson(mean);
                for (var i = 0; i < count; i++)
                {
                    var at = dayStart.AddHours(hour).AddSeconds(random.Next(3600));
                    yield return Make(scenario, at, random);
                }
            }
        }
    }

    private static PostDraft Make(DemoScenario scenario, DateTimeOffset at, DemoRandom random)
    {
        var tags = new List<string>();
        if (random.Chance(0.7))
            OrganicStream.AddOnce(tags, random.Pick(scenario.FillerHashtags));
        if (random.Chance(0.3))
            OrganicStream.AddOnce(tags, random.Pick(scenario.FillerHashtags));
        if (random.Chance(0.25))
            OrganicStream.AddOnce(tags, random.Pick(TrendTopics));
        var text = CaptionBuilder.WithHashtags(CaptionBuilder.Trend(random), tags);
        return new PostDraft(DraftKind.Trend, at, text, tags, scenario.TrendingSound);
    }
}
