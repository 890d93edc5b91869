using FactBot.Core.Posts;

namespace FactBot.Sources.Tests.Demo;

public sealed class DemoCoordinationTests
{
    private static List<Post> PostsBy(string handle) => [.. DemoData.Posts.Where(p => p.AuthorHandle == handle)];

    private static IEnumerable<List<Post>> Waves()
    {
        var scenario = DemoData.Scenario;
        var group = scenario.CoordinatedAccounts.ToHashSet();
        return scenario.CoordinatedWaves.Select(start => DemoData.Posts
            .Where(p => group.Contains(p.AuthorHandle) && p.CreatedAt >= start && p.CreatedAt <= start + scenario.WaveSpread)
            .ToList());
    }

    [Fact]
    public void Generate_CoordinatedGroup_TwelveOrMoreAccountsEachInFourOrMoreWaves()
    {
        var scenario = DemoData.Scenario;
        var waves = Waves().ToList();

        Assert.True(scenario.CoordinatedAccounts.Count >= 12);
        Assert.True(waves.Count >= 4);
        Assert.All(scenario.CoordinatedAccounts, account =>
            Assert.True(waves.Count(w => w.Any(p => p.AuthorHandle == account)) >= 4, $"{account} is in fewer than 4 waves"));
    }

    [Fact]
    public void Generate_CoordinatedGroup_PostsOnlyInsideWaves()
    {
        var inWaves = Waves().Sum(w => w.Count);

        var all = DemoData.Posts.Count(p => DemoData.Scenario.CoordinatedAccounts.Contains(p.AuthorHandle));

        Assert.Equal(all, inWaves);
    }

    [Fact]
    public void Generate_EachWave_SpansAtMostThirtySecondsOnOneSoundAndTagSet()
    {
        var scenario = DemoData.Scenario;

        foreach (var wave in Waves())
        {
            Assert.True(wave.Max(p => p.CreatedAt) - wave.Min(p => p.CreatedAt) <= TimeSpan.FromSeconds(30));
            Assert.All(wave, p =>
            {
                Assert.Equal(scenario.SurgeSound.Id, p.SoundId);
                Assert.Equal(scenario.CoordinatedHashtags.Order(), p.Hashtags.Order());
            });
            Assert.Equal(wave.Count, wave.Select(p => p.AuthorHandle).Distinct().Count());
        }
    }

    [Fact]
    public void Generate_CoordinatedCaptions_NormaliseToOneTextButAreNotAllIdentical()
    {
        var captions = Waves().SelectMany(w => w).Select(p => p.Text).ToList();

        var normalised = captions.Select(DemoData.NormalizeCaption).Distinct().ToList();

        Assert.Single(normalised);
        Assert.Equal(
            DemoData.NormalizeCaption(DemoData.Scenario.CaptionTemplate + " "
                                      + string.Join(' ', DemoData.Scenario.CoordinatedHashtags.Select(t => "#" + t))),
            normalised[0]);
        Assert.True(captions.Distinct().Count() > captions.Count / 2, "variants should differ in spacing, case or emoji");
    }

    [Fact]
    public void Generate_Starter_PostsBeforeTheOrganicRiseAndTheFirstWave()
    {
        var scenario = DemoData.Scenario;
        var firstWave = Waves().First().Min(p => p.CreatedAt);

        var starterFirst = PostsBy(scenario.Starter.Handle).Where(p => p.SoundId == scenario.SurgeSound.Id).Min(p => p.CreatedAt);

        Assert.True(starterFirst < scenario.SurgeStart);
        Assert.True(starterFirst < firstWave);
        Assert.Equal(
            scenario.Starter.SurgePosts,
            PostsBy(scenario.Starter.Handle).Where(p => p.SoundId == scenario.SurgeSound.Id).Select(p => p.CreatedAt));
    }

    [Fact]
    public void Generate_Joiners_FirstPostOnTheSurgeAfterTheFirstWave()
    {
        var scenario = DemoData.Scenario;
        var firstWaveEnd = Waves().First().Max(p => p.CreatedAt);

        Assert.Equal(2, scenario.Joiners.Count);
        Assert.All(scenario.Joiners, joiner =>
        {
            var surgePosts = PostsBy(joiner.Handle).Where(p => p.SoundId == scenario.SurgeSound.Id).ToList();
            Assert.Equal(joiner.SurgePosts, surgePosts.Select(p => p.CreatedAt));
            Assert.True(surgePosts.Min(p => p.CreatedAt) > firstWaveEnd);
            Assert.All(surgePosts, p => Assert.True(DemoData.HasTag(p, scenario.SurgeHashtag)));
        });
    }

    [Fact]
    public void Generate_LabelledPosts_StayClearOfTheWavesAndOfEachOther()
    {
        var scenario = DemoData.Scenario;
        var labelled = scenario.LabelledAccounts.SelectMany(a => a.SurgePosts.Select(at => (a.Handle, At: at))).ToList();
        var wavePosts = Waves().SelectMany(w => w).ToList();

        Assert.All(labelled, l => Assert.All(wavePosts, w =>
            Assert.True((w.CreatedAt - l.At).Duration() > scenario.CoShareGuardWindow, $"{l.Handle} at {l.At:HH:mm} meets a wave")));
        Assert.All(labelled, a => Assert.All(labelled.Where(b => b.Handle != a.Handle), b =>
            Assert.True((a.At - b.At).Duration() > scenario.CoShareGuardWindow, $"{a.Handle} meets {b.Handle}")));
    }

    [Fact]
    public void Generate_LabelledAccounts_HaveALowVolumeHistoryOnOtherDays()
    {
        var scenario = DemoData.Scenario;
        var surgeDay = scenario.SurgeDay;

        Assert.All(scenario.LabelledAccounts, account =>
        {
            var before = PostsBy(account.Handle).Where(p => p.CreatedAt < surgeDay).ToList();
            var days = before.Select(p => p.CreatedAt.Date).Distinct().Count();
            Assert.Equal(scenario.Days - 1, days);
            Assert.InRange(before.Count, days, 3 * days);
            Assert.All(before, p => Assert.NotEqual(scenario.SurgeSound.Id, p.SoundId));
            Assert.All(before, p => Assert.Equal(account.DisplayName, p.AuthorDisplayName));
        });
    }
}
