using FactBot.Sources.Demo;
using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Demo;

public sealed class DemoDatasetGeneratorTests
{
    [Fact]
    public void Generate_SameSeedTwice_ProducesIdenticalPosts()
    {
        var sut = new DemoDatasetGenerator(DemoScenario.Default);

        var again = sut.Generate().Select(PostJsonl.Serialize).ToList();

        Assert.Equal(DemoData.Posts.Select(PostJsonl.Serialize), again);
    }

    [Fact]
    public void Generate_OtherSeed_ProducesOtherPostsWithTheSamePlantedGroup()
    {
        var scenario = DemoScenario.Default with { Seed = 7 };
        var sut = new DemoDatasetGenerator(scenario);

        var posts = sut.Generate();

        Assert.NotEqual(
            DemoData.Posts.Take(100).Select(p => p.PlatformPostId),
            posts.Take(100).Select(p => p.PlatformPostId));
        var coordinated = posts.Where(p => scenario.CoordinatedAccounts.Contains(p.AuthorHandle)).ToList();
        Assert.Equal(scenario.CoordinatedAccounts.Count * scenario.CoordinatedWaves.Count, coordinated.Count);
    }

    [Fact]
    public void WriteTo_SameSeed_WritesByteIdenticalFilesToAnIndependentRendering()
    {
        var directory = Path.Combine(Path.GetTempPath(), "factbot-demo-" + Guid.NewGuid().ToString("N"));
        var sut = new DemoDatasetGenerator(DemoScenario.Default);
        try
        {
            sut.WriteTo(directory);

            // DemoData.Posts came from another generator instance: equal bytes mean the seed alone decides them.
            Assert.Equal(
                DemoFileWriter.PostsGzip(DemoData.Posts),
                File.ReadAllBytes(Path.Combine(directory, DemoDatasetGenerator.PostsFileName)));
            Assert.Equal(
                DemoFileWriter.LabelsCsv(DemoData.Scenario),
                File.ReadAllBytes(Path.Combine(directory, DemoDatasetGenerator.LabelsFileName)));
            Assert.Equal(
                DemoFileWriter.WatchlistsJson(DemoData.Scenario),
                File.ReadAllBytes(Path.Combine(directory, DemoDatasetGenerator.WatchlistsFileName)));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Generate_Default_IsSortedByTimeThenId()
    {
        var posts = DemoData.Posts;

        for (var i = 1; i < posts.Count; i++)
        {
            var order = posts[i - 1].CreatedAt.CompareTo(posts[i].CreatedAt);
            Assert.True(
                order < 0 || (order == 0 && string.CompareOrdinal(posts[i - 1].PlatformPostId, posts[i].PlatformPostId) < 0),
                $"posts {i - 1} and {i} are out of order");
        }
    }

    [Fact]
    public void Generate_Default_PostsFitTheTimelineAndTikTokShape()
    {
        var scenario = DemoData.Scenario;
        var posts = DemoData.Posts;

        Assert.InRange(posts.Count, 20_000, 40_000);
        Assert.Equal(posts.Count, posts.Select(p => p.PlatformPostId).Distinct().Count());
        Assert.All(posts, p =>
        {
            Assert.Equal("tiktok", p.Platform);
            Assert.Equal("demo", p.Source);
            Assert.InRange(p.CreatedAt, scenario.Start, scenario.End.AddTicks(-1));
            Assert.Equal(TimeSpan.Zero, p.CreatedAt.Offset);
            Assert.Equal(p.CreatedAt, p.ObservedAt);
            Assert.Matches("^[1-9][0-9]{18}$", p.PlatformPostId);
            Assert.Equal($"https://www.tiktok.com/@{p.AuthorHandle}/video/{p.PlatformPostId}", p.Url);
            Assert.Equal(p.AuthorHandle, p.AuthorKey);
            Assert.Null(p.RawJson);
            Assert.Null(p.AuthorLabel);
            Assert.Equal(p, FactBot.Core.Posts.PostNormalizer.Normalize(p) with { Hashtags = p.Hashtags });
            Assert.Equal(p.Hashtags, FactBot.Core.Posts.PostNormalizer.Hashtags(p.Hashtags));
        });
        Assert.Equal(new DateTimeOffset(2022, 2, 28, 0, 0, 0, TimeSpan.Zero), scenario.Start);
        Assert.Equal(new DateTimeOffset(2022, 3, 8, 0, 0, 0, TimeSpan.Zero), scenario.End);
    }

    [Fact]
    public void Generate_Default_HasVariedBackground()
    {
        var posts = DemoData.Posts;

        Assert.True(posts.Select(p => p.AuthorHandle).Distinct().Count() >= 2_000);
        Assert.True(posts.SelectMany(p => p.Hashtags).Distinct().Count() >= 12);
        Assert.True(posts.Where(p => p.SoundId is not null).Select(p => p.SoundId).Distinct().Count() >= 8);
        Assert.Contains(posts, p => p.SoundId is null);
        Assert.Contains(posts, p => p.Hashtags.Count == 0);
        Assert.All(posts.Where(p => p.SoundId is not null), p => Assert.Matches("^[0-9]{19}$", p.SoundId!));
        var watched = DemoData.Scenario.Watchlists.SelectMany(w => w.Targets).ToHashSet();
        Assert.Contains(posts, p => p.Hashtags.Count > 0 && p.Hashtags.All(t => !watched.Contains("#" + t)));
    }
}
