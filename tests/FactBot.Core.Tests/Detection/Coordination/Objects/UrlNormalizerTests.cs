using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class UrlNormalizerTests
{
    [Theory]
    [InlineData("https://www.Example.com/news/story/?utm_source=tiktok&id=7#top", "example.com/news/story?id=7")]
    [InlineData("http://example.com/news/story?id=7&fbclid=xyz", "example.com/news/story?id=7")]
    [InlineData("www.example.com/news/story?id=7", "example.com/news/story?id=7")]
    public void Normalize_TrackingAndCosmetics_AreRemoved(string raw, string expected) =>
        Assert.Equal(expected, UrlNormalizer.Normalize(raw));

    [Fact]
    public void Extract_TextWithLinks_ReturnsEachNormalised()
    {
        var sut = UrlNormalizer.Extract("read this: https://example.com/a). and www.other.org/b!").ToList();

        Assert.Equal(["example.com/a", "other.org/b"], sut);
    }

    [Fact]
    public void Normalize_NotHttp_ReturnsNull() => Assert.Null(UrlNormalizer.Normalize("ftp://example.com/file"));
}
