using FactBot.Core.Posts;
using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Import;

public sealed class PostJsonlTests
{
    private static readonly DateTimeOffset At = new(2024, 1, 6, 0, 0, 0, TimeSpan.Zero);

    private static Post FullPost() => new()
    {
        Platform = "tiktok",
        Source = "tiktok-research",
        PlatformPostId = "73207681965695992750",
        Url = "https://www.tiktok.com/@sputnik.by/video/73207681965695992750",
        AuthorKey = "sputnik.by",
        AuthorHandle = "sputnik.by",
        AuthorDisplayName = "Sputnik",
        CreatedAt = At,
        ObservedAt = At.AddDays(2),
        Text = "Мир вместо войны",
        Language = "ru",
        Hashtags = ["давайзамир", "news"],
        SoundId = "7320768110225361697",
        SoundTitle = "original sound",
        MediaFingerprints = ["effect:63960564", "effect:1"],
        RegionCode = "BY",
        Views = 1500,
        Likes = 0,
        Shares = 2,
        Comments = null,
        ReplyToKey = "tiktok:1",
        RepostOfKey = "tiktok:2",
        Transcript = "мир",
        RawJson = "{\"id\":73207681965695992750}",
    };

    [Fact]
    public void Serialize_ThenParse_KeepsEveryFieldIncludingLists()
    {
        var original = FullPost();

        var parsed = PostJsonl.Parse(PostJsonl.Serialize(original), "1");

        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        var post = parsed.Value;
        // Records compare lists by reference, so compare the lists by content and the rest with them swapped in.
        Assert.Equal(original.Hashtags, post.Hashtags);
        Assert.Equal(original.MediaFingerprints, post.MediaFingerprints);
        Assert.Equal(original with { Hashtags = post.Hashtags, MediaFingerprints = post.MediaFingerprints }, post);
    }

    [Fact]
    public void Serialize_AbsentCount_StaysAbsentNotZero()
    {
        var parsed = PostJsonl.Parse(PostJsonl.Serialize(FullPost()), "1");

        Assert.Null(parsed.Value!.Comments);
        Assert.Equal(0, parsed.Value.Likes);
    }

    [Fact]
    public void Parse_RawValues_AreNormalised()
    {
        const string line = """{"platform":"TikTok","source":"s","platformPostId":" 5 ","authorKey":"A","authorHandle":"@Some_One","createdAt":"2024-01-06T03:00:00+03:00","hashtags":["#ДавайЗаМир","давайзамир"]}""";

        var post = PostJsonl.Parse(line, "7").Value!;

        Assert.Equal("tiktok:5", post.Key);
        Assert.Equal("some_one", post.AuthorHandle);
        Assert.Equal(["давайзамир"], post.Hashtags);
        Assert.Equal(TimeSpan.Zero, post.CreatedAt.Offset);
        Assert.Equal(At, post.CreatedAt);
    }

    [Theory]
    [InlineData("""{"platform":"tiktok"}""")]
    [InlineData("""{"platform":"t","source":"s","platformPostId":"1","authorKey":"a","authorHandle":"a","createdAt":"2024-01-06T00:00:00Z","hashtags":null}""")]
    [InlineData("""{"platform":"t","source":"s","platformPostId":"1","authorKey":"a","authorHandle":"a","createdAt":"2024-01-06T00:00:00Z","text":null}""")]
    [InlineData("""{"platform":"t","source":"s","platformPostId":"1","authorKey":"a","authorHandle":"a","createdAt":"2024-01-06T00:00:00Z","hashtags":["x",null]}""")]
    [InlineData("""{"platform":"t","source":"s","platformPostId":" ","authorKey":"a","authorHandle":"a","createdAt":"2024-01-06T00:00:00Z"}""")]
    [InlineData("null")]
    [InlineData("not json")]
    public void Parse_BrokenLine_IsMalformedAtItsPosition(string line)
    {
        var parsed = PostJsonl.Parse(line, "12");

        Assert.False(parsed.IsSuccess);
        var error = Assert.IsType<FactBot.Core.Results.MalformedRecord>(parsed.Error);
        Assert.Equal("12", error.Position);
    }
}
