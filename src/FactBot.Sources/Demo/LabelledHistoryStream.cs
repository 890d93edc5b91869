namespace FactBot.Sources.Demo;

/// <summary>
/// Routine posts of the labelled accounts on every day but the surge day (one to three a day each), so they have a
/// history and the labelled share of their hashtags has a baseline. They use original audio, never the surge sound.
/// </summary>
internal static class LabelledHistoryStream
{
    private static readonly string[] Topics = ["russia", "news", "donbas", "ukraine", "peace"];

    public static IEnumerable<PostDraft> Create(DemoScenario scenario, DemoRandom random)
    {
        for (var day = 0; day < scenario.Days; day++)
        {
            var dayStart = scenario.Start.AddDays(day);
            if (dayStart == scenario.SurgeDay)
                continue;
            foreach (var account in scenario.LabelledAccounts)
            {
                var count = random.Next(1, 4);
                for (var i = 0; i < count; i++)
                {
                    var at = dayStart.AddSeconds(random.Next(8 * 3600, 21 * 3600));
                    var topic = random.Pick(Topics);
                    var tags = new List<string> { topic };
                    if (random.Chance(0.5))
                        OrganicStream.AddOnce(tags, "news");
                    var text = CaptionBuilder.WithHashtags(CaptionBuilder.LabelledHistory(account, topic, random), tags);
                    yield return Fixed(scenario, account, new PostDraft(DraftKind.Labelled, at, text, tags, null));
                }
            }
        }
    }

    internal static PostDraft Fixed(DemoScenario scenario, DemoLabelledAccount account, PostDraft draft)
    {
        draft.Author = account.Handle;
        draft.AuthorDisplayName = account.DisplayName;
        draft.Region = scenario.LabelCountry;
        return draft;
    }
}
