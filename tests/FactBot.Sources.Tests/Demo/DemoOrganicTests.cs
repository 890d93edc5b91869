using FactBot.Core.Posts;

namespace FactBot.Sources.Tests.Demo;

public sealed class DemoOrganicTests
{
    private static readonly TimeSpan Window = DemoData.Scenario.CoShareGuardWindow;

    [Fact]
    public void Generate_TrendingSound_IsUsedByHundredsOfAccountsWithTheirOwnCaptions()
    {
        var trend = DemoData.Posts.Where(p => p.SoundId == DemoData.Scenario.TrendingSound.Id).ToList();

        var accounts = trend.Select(p => p.AuthorHandle).Distinct().Count();
        var captions = trend.Select(p => DemoData.NormalizeCaption(p.Text)).Distinct().Count();

        Assert.True(accounts >= 200, $"{accounts} accounts");
        Assert.True(captions >= 0.9 * trend.Count, $"{captions} distinct captions in {trend.Count} posts");
        Assert.DoesNotContain(trend, p => DemoData.Scenario.CoordinatedAccounts.Contains(p.AuthorHandle));
    }

    [Fact]
    public void Generate_TrendingSound_IsSpreadOverMinutesNotSeconds()
    {
        var times = DemoData.Posts.Where(p => p.SoundId == DemoData.Scenario.TrendingSound.Id).Select(p => p.CreatedAt).ToList();

        var gaps = times.Zip(times.Skip(1), (a, b) => (b - a).TotalSeconds).Order().ToList();

        Assert.True(gaps[gaps.Count / 2] >= 60, $"median gap {gaps[gaps.Count / 2]} s");
    }

    [Fact]
    public void Generate_OutsideThePlantedGroup_NoTwoAccountsCoShareMoreThanOnce()
    {
        var group = DemoData.Scenario.CoordinatedAccounts.ToHashSet();
        var coShares = new Dictionary<(string, string), HashSet<(string, string)>>();
        AddCoShares(coShares, p => p.SoundId);
        AddCoShares(coShares, p => DemoData.NormalizeCaption(p.Text));

        var repeated = coShares
            .Where(kv => !(group.Contains(kv.Key.Item1) && group.Contains(kv.Key.Item2)) && kv.Value.Count > 1)
            .Select(kv => kv.Key)
            .ToList();

        Assert.True(coShares.Count > 1_000, $"only {coShares.Count} co-sharing pairs: the check would be vacuous");
        Assert.Empty(repeated);
    }

    [Fact]
    public void Generate_PlantedGroup_CoSharesInEveryWave()
    {
        var scenario = DemoData.Scenario;
        var coShares = new Dictionary<(string, string), HashSet<(string, string)>>();
        AddCoShares(coShares, p => p.SoundId);

        var pair = (scenario.CoordinatedAccounts.Min(StringComparer.Ordinal)!, scenario.CoordinatedAccounts.Max(StringComparer.Ordinal)!);

        Assert.Equal(scenario.CoordinatedWaves.Count, coShares[pair].Count);
    }

    [Fact]
    public void Generate_Background_FollowsADailyCycle()
    {
        var scenario = DemoData.Scenario;

        for (var day = 0; day < scenario.Days; day++)
        {
            var start = scenario.Start.AddDays(day);
            var night = Enumerable.Range(2, 3).Sum(h => DemoData.CountInHour(_ => true, start.AddHours(h)));
            var evening = Enumerable.Range(18, 3).Sum(h => DemoData.CountInHour(_ => true, start.AddHours(h)));
            Assert.True(3 * night < evening, $"day {day}: night {night}, evening {evening}");
        }
    }

    [Fact]
    public void Generate_WatchedOrganicHashtags_HaveAnEveningBaselineOfFiveToForty()
    {
        var scenario = DemoData.Scenario;
        var surgeTags = scenario.CoordinatedHashtags.ToHashSet();
        var watchedTags = scenario.Watchlists.SelectMany(w => w.Targets)
            .Where(t => t.StartsWith('#')).Select(t => t[1..]).Where(t => !surgeTags.Contains(t)).Distinct().ToList();

        Assert.True(watchedTags.Count >= 4);
        foreach (var tag in watchedTags)
        {
            var evenings = Enumerable.Range(0, scenario.Days)
                .Select(d => DemoData.CountInHour(p => DemoData.HasTag(p, tag), scenario.Start.AddDays(d).AddHours(19)))
                .ToList();
            Assert.True(evenings.Average() is >= 5 and <= 40, $"#{tag}: 19:00 counts {string.Join(",", evenings)}");
            Assert.True(evenings.Max() <= 45, $"#{tag}: 19:00 counts {string.Join(",", evenings)}");
        }
    }

    /// <summary>Pairs of accounts posting on the same key within the window, with the post pairs behind each.</summary>
    private static void AddCoShares(Dictionary<(string, string), HashSet<(string, string)>> result, Func<Post, string?> key)
    {
        foreach (var group in DemoData.Posts.Where(p => key(p) is not null).GroupBy(key))
        {
            var posts = group.ToList();
            for (var i = 0; i < posts.Count; i++)
            {
                for (var j = i + 1; j < posts.Count && posts[j].CreatedAt - posts[i].CreatedAt <= Window; j++)
                {
                    var (a, b) = (posts[i], posts[j]);
                    if (a.AuthorHandle == b.AuthorHandle)
                        continue;
                    var pair = string.CompareOrdinal(a.AuthorHandle, b.AuthorHandle) < 0
                        ? (a.AuthorHandle, b.AuthorHandle)
                        : (b.AuthorHandle, a.AuthorHandle);
                    if (!result.TryGetValue(pair, out var postPairs))
                        result[pair] = postPairs = [];
                    postPairs.Add(string.CompareOrdinal(a.PlatformPostId, b.PlatformPostId) < 0
                        ? (a.PlatformPostId, b.PlatformPostId)
                        : (b.PlatformPostId, a.PlatformPostId));
                }
            }
        }
    }
}
