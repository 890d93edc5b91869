namespace FactBot.Sources.Demo;

/// <summary>
/// The planted surge day: the labelled starter first, then an organic rise on the surge sound and hashtag,
/// the coordinated waves inside it, and the labelled joiners after the first wave.
/// </summary>
internal static class SurgeStream
{
    public static IEnumerable<PostDraft> Create(DemoScenario scenario, DemoRandom random) =>
        Organic(scenario, random).Concat(Coordinated(scenario, random)).Concat(Labelled(scenario, random));

    private static IEnumerable<PostDraft> Organic(DemoScenario scenario, DemoRandom random)
    {
        var soundWeights = DemoRandom.Cumulative(scenario.OrganicSounds.Select(_ => 1.0));
        for (var hour = 0; hour < scenario.SurgeHourlyPosts.Count; hour++)
        {
            var hourStart = scenario.SurgeStart.AddHours(hour);
            var seconds = (int)Math.Min(3600, (scenario.SurgeEnd - hourStart).TotalSeconds);
            if (seconds <= 0)
                break;
            var count = random.Poisson(scenario.SurgeHourlyPosts[hour]);
            for (var i = 0; i < count; i++)
            {
                var at = hourStart.AddSeconds(random.Next(seconds));
                var tags = new List<string> { scenario.SurgeHashtag };
                foreach (var companion in scenario.SurgeCompanionHashtags)
                {
                    if (random.Chance(0.35))
                        tags.Add(companion);
                }

                if (random.Chance(0.3))
                    OrganicStream.AddOnce(tags, random.Pick(scenario.FillerHashtags));
                var roll = random.NextDouble();
                var sound = roll < 0.75 ? scenario.SurgeSound
                    : roll < 0.85 ? null
                    : scenario.OrganicSounds[random.PickWeighted(soundWeights)];
                var text = CaptionBuilder.WithHashtags(CaptionBuilder.Surge(random), tags);
                yield return new PostDraft(DraftKind.SurgeOrganic, at, text, tags, sound);
            }
        }
    }

    private static IEnumerable<PostDraft> Coordinated(DemoScenario scenario, DemoRandom random)
    {
        var spread = (int)scenario.WaveSpread.TotalSeconds;
        foreach (var wave in scenario.CoordinatedWaves)
        {
            foreach (var account in scenario.CoordinatedAccounts)
            {
                var at = wave.AddSeconds(random.Next(spread + 1));
                var text = CaptionBuilder.Coordinated(scenario.CaptionTemplate, scenario.CoordinatedHashtags, random);
                yield return new PostDraft(DraftKind.Coordinated, at, text, scenario.CoordinatedHashtags, scenario.SurgeSound)
                {
                    Author = account,
                    Region = scenario.LabelCountry,
                };
            }
        }
    }

    private static IEnumerable<PostDraft> Labelled(DemoScenario scenario, DemoRandom random)
    {
        foreach (var account in scenario.LabelledAccounts)
        {
            foreach (var at in account.SurgePosts)
            {
                var text = CaptionBuilder.WithHashtags(CaptionBuilder.LabelledSurge(account, random), scenario.CoordinatedHashtags);
                var draft = new PostDraft(DraftKind.Labelled, at, text, scenario.CoordinatedHashtags, scenario.SurgeSound);
                yield return LabelledHistoryStream.Fixed(scenario, account, draft);
            }
        }
    }
}
