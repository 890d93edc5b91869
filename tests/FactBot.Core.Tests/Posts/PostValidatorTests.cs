using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Posts;

public sealed class PostValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Check_OrdinaryPost_IsTheSameInstance()
    {
        var post = PostBuilder.Create(text: "line one\nline\ttwo", hashtags: ["donbas"]) with { RawJson = "{}" };

        var checkedPost = PostValidator.Check(post, Now, "1");

        Assert.Same(post, checkedPost.Value);
    }

    [Theory]
    [InlineData(9999, 1, 1)]
    [InlineData(1970, 1, 1)]
    [InlineData(2003, 12, 31)]
    [InlineData(2026, 3, 2, 13)]
    public void Check_CreatedAtOutsideTheRange_IsRejectedNamingTheField(int year, int month, int day, int hour = 0)
    {
        var post = PostBuilder.Create(at: new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.Zero)) with { ObservedAt = Now };

        var result = PostValidator.Check(post, Now, "42@100#0123456789abcdef");

        var error = Assert.IsType<MalformedRecord>(result.Error);
        Assert.Equal("createdAt", error.Field);
        Assert.Equal("42@100#0123456789abcdef", error.Position);
        Assert.Contains("createdAt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MinValueTime_IsRejectedAndALittleAheadIsNot()
    {
        var ancient = PostBuilder.Create(at: DateTimeOffset.MinValue) with { ObservedAt = Now };
        var skewed = PostBuilder.Create(at: Now.AddHours(20)) with { ObservedAt = Now };

        Assert.Equal("createdAt", ((MalformedRecord)PostValidator.Check(ancient, Now, "1").Error!).Field);
        Assert.True(PostValidator.Check(skewed, Now, "1").IsSuccess);
    }

    [Fact]
    public void Check_ObservedAtOutOfRange_BecomesCreatedAtAndUnsetStaysUnset()
    {
        var unset = PostBuilder.Create(at: Now) with { ObservedAt = default };
        var bad = PostBuilder.Create(at: Now.AddDays(-3)) with { ObservedAt = DateTimeOffset.UnixEpoch };

        Assert.Equal(default, PostValidator.Check(unset, Now, "1").Value!.ObservedAt);
        Assert.Equal(Now.AddDays(-3), PostValidator.Check(bad, Now, "1").Value!.ObservedAt);
    }

    [Theory]
    [InlineData("platform")]
    [InlineData("platformPostId")]
    [InlineData("authorKey")]
    [InlineData("authorHandle")]
    public void Check_AbsurdIdentity_IsRejectedNamingTheField(string field)
    {
        var huge = new string('9', 10_000);
        var post = PostBuilder.Create(at: Now);
        post = field switch
        {
            "platform" => post with { Platform = "tik tok\u001b" },
            "platformPostId" => post with { PlatformPostId = huge },
            "authorKey" => post with { AuthorKey = "\u0001\u0002" },
            _ => post with { AuthorHandle = huge },
        };

        var error = (MalformedRecord)PostValidator.Check(post, Now, "3").Error!;

        Assert.Equal(field, error.Field);
        Assert.DoesNotContain('\u001b', error.Message);
    }

    [Fact]
    public void Check_FiftyMegabyteCaption_IsCutWithAMarker()
    {
        var post = PostBuilder.Create(at: Now, text: new string('a', 50_000_000));

        var text = PostValidator.Check(post, Now, "1").Value!.Text;

        Assert.Equal(PostLimits.MaxTextChars, text.Length);
        Assert.EndsWith(PostLimits.TruncationMarker, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_CutText_NeverSplitsASurrogatePair()
    {
        var keep = PostLimits.MaxTextChars - PostLimits.TruncationMarker.Length;
        var post = PostBuilder.Create(at: Now, text: new string('a', keep - 1) + "😀" + new string('b', 100));

        var text = PostValidator.Check(post, Now, "1").Value!.Text;

        Assert.False(char.IsHighSurrogate(text[^(PostLimits.TruncationMarker.Length + 1)]));
    }

    [Fact]
    public void Check_ControlCharacters_AreStrippedExceptNewlineAndTab()
    {
        var post = PostBuilder.Create(at: Now, text: "a\u001b[31mb\nc\td\u0085e\u0000", author: "x\u0000y") with
        {
            AuthorDisplayName = "name\u0007",
            Transcript = "t\u009bx",
        };

        var result = PostValidator.Check(post, Now, "1").Value!;

        Assert.Equal("a[31mb\nc\tde", result.Text);
        Assert.Equal("xy", result.AuthorHandle);
        Assert.Equal("name", result.AuthorDisplayName);
        Assert.Equal("tx", result.Transcript);
    }

    [Fact]
    public void Check_Hashtags_OverLongDroppedAndCountCapped()
    {
        var tags = Enumerable.Range(0, 500).Select(i => "tag" + i).Prepend(new string('h', 5000)).ToList();
        var post = PostBuilder.Create(at: Now, hashtags: tags);

        var result = PostValidator.Check(post, Now, "1").Value!;

        Assert.Equal(PostLimits.MaxHashtags, result.Hashtags.Count);
        Assert.Equal("tag0", result.Hashtags[0]);
    }

    [Fact]
    public void Check_OversizedOptionalFields_AreDroppedOrCut()
    {
        var post = PostBuilder.Create(at: Now) with
        {
            RawJson = new string('{', 17 * 1024 * 1024),
            Url = "https://x/" + new string('a', 5000),
            SoundId = new string('1', 1000),
            AuthorDisplayName = new string('n', 1000),
            MediaFingerprints = [new string('f', 1000), "object:1"],
            Views = -5,
        };

        var result = PostValidator.Check(post, Now, "1").Value!;

        Assert.Null(result.RawJson);
        Assert.Null(result.Url);
        Assert.Null(result.SoundId);
        Assert.Null(result.Views);
        Assert.Equal(PostLimits.MaxNameChars, result.AuthorDisplayName!.Length);
        Assert.Equal(["object:1"], result.MediaFingerprints);
    }
}
