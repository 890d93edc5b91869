namespace FactBot.Sources.Demo;

/// <summary>
/// The background: for every hour and organic hashtag, a Poisson number of posts around
/// peak × daily cycle × day factor, with varied captions, a skewed choice of sounds and some posts without any.
/// </summary>
internal static class OrganicStream
{
    public static IEnumerable<PostDraft> Create(DemoScenario scenario, DemoRandom random)
    {
        var topicWeights = DemoRandom.Cumulative(scenario.Topics.Select(t => t.PeakPerHour));
        var soundWeights = DemoRandom.Cumulative(scenario.OrganicSounds.Select((_, rank) => 1.0 / (1 + (rank * 0.5))));
        for (var day = 0; day < scenario.Days; day++)
        {
            var dayStart = scenario.Start.AddDays(day);
            var dayFactor = DailyCycle.Weekday(dayStart.DayOfWeek) * random.Jitter(0.08);
            for (var hour = 0; hour < 24; hour++)
            {
                var hourStart = dayStart.AddHours(hour);
                foreach (var topic in scenario.Topics)
                {
                    var mean = topic.PeakPerHour * DailyCycle.Hour(hour) * dayFactor * random.Jitter(0.15);
                    var count = random.Poisson(mean);
                    for (var i = 0; i < count; i++)
                    {
                        var at = hourStart.AddSeconds(random.Next(3600));
                        yield return Make(scenario, topic.Hashtag, at, topicWeights, soundWeights, random);
                    }
                }
            }
        }
    }

    private static PostDraft Make(
        DemoScenario scenario,
        string topic,
        DateTimeOffset at,
        double[] topicWeights,
        double[] soundWeights,
        DemoRandom random)
    {
        var tags = new List<string> { topic };
        if (random.Chance(0.10))
            AddOnce(tags, scenario.Topics[random.PickWeighted(topicWeights)].Hashtag);
        if (random.Chance(0.45))
            AddOnce(tags, random.Pick(scenario.FillerHashtags));
        if (random.Chance(0.15))
            AddOnce(tags, random.Pick(scenario.FillerHashtags));

        // A few people never tag; their posts exist but count toward no hashtag.
        if (random.Chance(0.04))
            tags.Clear();

        var sound = random.Chance(scenario.NoSoundShare)
            ? null
            : scenario.OrganicSounds[random.PickWeighted(soundWeights)];
        var text = CaptionBuilder.WithHashtags(CaptionBuilder.Organic(topic, random), tags);
        return new PostDraft(DraftKind.Organic, at, text, tags, sound);
    }

    internal static void AddOnce(List<string> tags, string tag)
    {
        if (!tags.Contains(tag, StringComparer.Ordinal))
            tags.Add(tag);
    }
}
