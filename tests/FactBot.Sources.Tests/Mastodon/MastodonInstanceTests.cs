using FactBot.Sources.Mastodon;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class MastodonInstanceTests
{
    [Theory]
    [InlineData("mastodon.social", "https://mastodon.social/", "mastodon.social")]
    [InlineData(" https://Social.Example ", "https://social.example/", "social.example")]
    [InlineData("http://127.0.0.1:8080/masto", "http://127.0.0.1:8080/masto/", "127.0.0.1:8080/masto")]
    public void TryParse_HostOrUrl_GivesBaseAndKey(string text, string baseUri, string key)
    {
        Assert.True(MastodonInstance.TryParse(text, out var sut));

        Assert.Equal(baseUri, sut.BaseUri.AbsoluteUri);
        Assert.Equal(key, sut.Key);
    }

    [Theory]
    [InlineData("")]
    [InlineData("two words")]
    [InlineData("ftp://files.example")]
    [InlineData("https://social.example/?x=1")]
    [InlineData("https://user:pw@social.example")]
    public void TryParse_NotAnInstance_IsFalse(string text)
    {
        Assert.False(MastodonInstance.TryParse(text, out _));
    }

    [Fact]
    public void TagTimeline_NonLatinTagAndMinId_AreEscaped()
    {
        Assert.True(MastodonInstance.TryParse("https://social.example/sub", out var sut));

        var uri = sut.TagTimeline("донбас", 40, "105");

        Assert.Equal("https://social.example/sub/api/v1/timelines/tag/%D0%B4%D0%BE%D0%BD%D0%B1%D0%B0%D1%81?limit=40&min_id=105", uri.AbsoluteUri);
    }

    [Fact]
    public void Owns_OnlyTheSameSchemeAndAuthority()
    {
        Assert.True(MastodonInstance.TryParse("https://social.example", out var sut));

        Assert.True(sut.Owns(new Uri("https://social.example/api/v1/x")));
        Assert.False(sut.Owns(new Uri("https://evil.example/api/v1/x")));
        Assert.False(sut.Owns(new Uri("http://social.example/api/v1/x")));
    }
}
