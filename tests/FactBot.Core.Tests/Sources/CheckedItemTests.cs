using FactBot.Core.Posts;
using FactBot.Core.Sources;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Sources;

public sealed class CheckedItemTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Of_PostWithinLimits_IsStoredAsReadWithNothingCapped()
    {
        var post = PostBuilder.Create(text: "fine", hashtags: ["donbas"]);

        var item = CheckedItem.Of(post, Now, "7", "posts.jsonl:7");

        Assert.Same(post, item.Post);
        Assert.Null(item.Capped);
    }

    [Fact]
    public void Of_LongTextAndTooManyTags_IsStoredCappedNamingTheFields()
    {
        var post = PostBuilder.Create(text: new string('x', PostLimits.MaxTextChars + 10), hashtags: [.. Enumerable.Range(0, PostLimits.MaxHashtags + 5).Select(i => $"t{i}")]);

        var item = CheckedItem.Of(post, Now, "7", "posts.jsonl:7");

        Assert.Equal(PostLimits.MaxTextChars, item.Post!.Text!.Length);
        Assert.Equal(PostLimits.MaxHashtags, item.Post.Hashtags.Count);
        Assert.Equal(["text", "hashtags"], item.Capped!.Fields);
        Assert.Equal("posts.jsonl:7", item.Capped.Where);
    }

    [Fact]
    public void Of_TimeOutOfRange_IsSkippedWithWhereAndField()
    {
        var post = PostBuilder.Create(at: new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero));

        var item = CheckedItem.Of(post, Now, "7", "posts.jsonl:7");

        Assert.Null(item.Post);
        Assert.Equal("createdAt", item.Error!.Field);
        Assert.StartsWith("posts.jsonl:7: ", item.Error.Message, StringComparison.Ordinal);
    }
}
