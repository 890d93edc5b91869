using FactBot.Core.Detection.Surge;
using FactBot.Core.Posts;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class ExampleTextTests
{
    private static readonly string[] Platforms = ["tiktok", "tiktok", "tiktok", "x", "bluesky", "ютуб"];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Read_AnyMixOfPlatformsIdsAndLinks_GivesBackEveryKeyAndLinkExactly(int seed)
    {
        var random = new Random(seed);
        var posts = Enumerable.Range(0, 40).Select(_ => RandomPost(random)).ToList();
        var sut = new ExampleText();

        foreach (var post in posts)
            sut.Add(post);

        Assert.Equal(posts.Select(p => (p.Key, p.Url)), sut.Read());
    }

    [Fact]
    public void Read_AfterClear_HoldsOnlyTheNewExamples()
    {
        var sut = new ExampleText();
        sut.Add(Post("tiktok", "1", "https://www.tiktok.com/@a/video/1"));
        sut.Add(Post("x", "2", null));

        sut.Clear();
        sut.Add(Post("bluesky", "3", "https://bsky.app/profile/b/post/3"));

        Assert.Equal([("bluesky:3", "https://bsky.app/profile/b/post/3")], sut.Read());
    }

    [Fact]
    public void Add_TwentyTikTokExamples_TakesUnderFortyBytesEach()
    {
        var random = new Random(7);
        var sut = new ExampleText();
        for (var i = 0; i < 20; i++)
        {
            var id = (7_300_000_000_000_000_000 + random.NextInt64(1_000_000_000_000)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            sut.Add(Post("tiktok", id, $"https://www.tiktok.com/@user{random.Next(250_000):D6}/video/{id}"));
        }

        Assert.True(sut.Capacity <= 20 * 40 * 2, $"{sut.Capacity} bytes for 20 examples"); // the buffer doubles: at most twice the text
        Assert.Equal(20, sut.Read().Count);
    }

    private static Post RandomPost(Random random)
    {
        var platform = Platforms[random.Next(Platforms.Length)];
        var id = random.Next(8) switch
        {
            0 => "",
            1 => "ид" + random.Next(1000),
            _ => random.NextInt64(1_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        var link = random.Next(9) switch
        {
            0 => null,
            1 => "",
            2 => $"https://example.org/{id}/again/{id}",
            3 => $"https://example.org/{random.Next(100)}",
            4 => $"https://пример.рф/{id}",
            _ => $"https://www.tiktok.com/@user{random.Next(50)}/video/{id}",
        };
        return Post(platform, id, link);
    }

    private static Post Post(string platform, string id, string? link) => PostBuilder.Create(id: id) with { Platform = platform, Url = link };
}
