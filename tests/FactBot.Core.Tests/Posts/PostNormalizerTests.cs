using FactBot.Core.Posts;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Posts;

public sealed class PostNormalizerTests
{
    [Fact]
    public void Normalize_RawPost_CanonicalisesTagsHandlesTimeAndNul()
    {
        var raw = PostBuilder.Create(author: "@Some\0User", text: "a\0b", hashtags: ["#Донбасс", "ДОНБАСС", "ｆｉｓｔ", ""]) with
        {
            Platform = " TikTok ",
            CreatedAt = new DateTimeOffset(2022, 3, 7, 15, 0, 0, TimeSpan.FromHours(3)),
        };

        var post = PostNormalizer.Normalize(raw);

        Assert.Equal("tiktok", post.Platform);
        Assert.Equal("someuser", post.AuthorHandle);
        Assert.Equal("ab", post.Text);
        Assert.Equal(["донбасс", "fist"], post.Hashtags);
        Assert.Equal(TimeSpan.Zero, post.CreatedAt.Offset);
        Assert.Equal(12, post.CreatedAt.Hour);
    }

    [Fact]
    public void Normalize_CanonicalPost_ReturnsItUnchanged()
    {
        var raw = PostBuilder.Create(author: "someuser", text: "plain", hashtags: ["donbas", "peace"], sound: "42");

        var post = PostNormalizer.Normalize(raw);

        Assert.Same(raw, post);
        Assert.Same(raw.Hashtags, post.Hashtags);
    }

    [Theory]
    [InlineData(new[] { "a", "B", "c" }, new[] { "a", "b", "c" })]
    [InlineData(new[] { "a", "b", "a" }, new[] { "a", "b" })]
    [InlineData(new[] { "a", "", "b" }, new[] { "a", "b" })]
    [InlineData(new[] { "a", "#b", "A", "b" }, new[] { "a", "b" })]
    public void Normalize_SomeTagsNotCanonical_KeepsOrderAndDropsEmptyAndRepeated(string[] tags, string[] expected)
    {
        var post = PostNormalizer.Normalize(PostBuilder.Create(hashtags: tags));

        Assert.Equal(expected, post.Hashtags);
        Assert.Equal(expected, PostNormalizer.Hashtags(tags));
    }

    [Fact]
    public void Normalize_OnlySoundBlank_ReturnsCopyWithoutSound()
    {
        var raw = PostBuilder.Create(hashtags: ["donbas"], sound: "  ");

        var post = PostNormalizer.Normalize(raw);

        Assert.NotSame(raw, post);
        Assert.Null(post.SoundId);
        Assert.Equal(raw with { SoundId = null }, post);
    }

    [Theory]
    [InlineData("donbas")]
    [InlineData(" donbas")]
    [InlineData("donbas\t")]
    [InlineData("#donbas")]
    [InlineData("@donbas")]
    [InlineData("Donbas")]
    [InlineData("don bas")]
    [InlineData("don\0bas")]
    [InlineData("ｄｏｎｂａｓ")]
    [InlineData("донбасс")]
    [InlineData("a-b_c.d~")]
    [InlineData("")]
    public void HashtagAndHandle_AnyInput_SameAsTheStepByStepForm(string raw)
    {
        static string StepByStep(string value, params char[] marks) =>
            PostNormalizer.StripNul(value).Trim().TrimStart(marks).Normalize(System.Text.NormalizationForm.FormKC).ToLowerInvariant();

        Assert.Equal(StepByStep(raw, '#', '＃'), PostNormalizer.Hashtag(raw));
        Assert.Equal(StepByStep(raw, '@'), PostNormalizer.Handle(raw));
    }
}
