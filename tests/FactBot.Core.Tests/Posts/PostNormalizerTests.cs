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
}
