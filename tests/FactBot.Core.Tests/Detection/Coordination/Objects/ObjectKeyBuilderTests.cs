using FactBot.Core.Detection.Coordination.Objects;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class ObjectKeyBuilderTests
{
    private const string Caption = "Vote NO on Sunday, they are lying to you #referendum";

    [Fact]
    public void Build_AllKindsEnabled_BuildsEachKind()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.Default | ObjectKinds.Hashtag | ObjectKinds.Url);
        var post = PostBuilder.Create(text: Caption + " https://example.com/x?utm_source=a", hashtags: ["referendum", "vote"], sound: "7001");

        var kinds = sut.Build(post).Select(key => key.Kind).Distinct().ToList();

        Assert.Equal(
            [ObjectKinds.Sound, ObjectKinds.SoundTags, ObjectKinds.Caption, ObjectKinds.NearText, ObjectKinds.Hashtag, ObjectKinds.Url],
            kinds);
    }

    [Fact]
    public void Build_Sound_KeyIsTheSoundId()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.Sound);

        var keys = sut.Build(PostBuilder.Create(sound: "7001"));

        Assert.Equal("sound:7001", Assert.Single(keys).Key);
    }

    [Fact]
    public void Build_SoundTags_IgnoresHashtagOrder()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.SoundTags);

        var a = sut.Build(PostBuilder.Create(sound: "7001", hashtags: ["b", "a", "c"]));
        var b = sut.Build(PostBuilder.Create(sound: "7001", hashtags: ["c", "b", "a"]));
        var c = sut.Build(PostBuilder.Create(sound: "7001", hashtags: ["a", "b"]));

        Assert.Equal(Assert.Single(a).Key, Assert.Single(b).Key);
        Assert.NotEqual(a[0].Key, Assert.Single(c).Key);
        Assert.StartsWith("sound+tags:7001|", a[0].Key, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SoundTagsWithoutHashtags_GivesNoKey() =>
        Assert.Empty(new ObjectKeyBuilder(ObjectKinds.SoundTags).Build(PostBuilder.Create(sound: "7001")));

    [Fact]
    public void Build_CaptionsDifferingOnlyCosmetically_ShareTheCaptionKey()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.Caption);

        var a = sut.Build(PostBuilder.Create(text: Caption));
        var b = sut.Build(PostBuilder.Create(text: "vote no on sunday they are lying to you!!! #Referendum @friend https://t.co/x"));
        var c = sut.Build(PostBuilder.Create(text: "Vote YES on Sunday, they are lying to you #referendum"));

        Assert.Equal(Assert.Single(a).Key, Assert.Single(b).Key);
        Assert.NotEqual(a[0].Key, Assert.Single(c).Key);
    }

    [Fact]
    public void Build_NearIdenticalCaptions_ShareANearTextBand()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.NearText);

        var a = sut.Build(PostBuilder.Create(text: "They are hiding the real numbers from the flood in the north. Share before it is deleted"));
        var b = sut.Build(PostBuilder.Create(text: "They are hiding the real numbers from the flood in the north!! Share before it gets deleted"));
        var unrelated = sut.Build(PostBuilder.Create(text: "Lovely sunset at the beach today with my friends and my dog"));

        Assert.Contains(a, key => b.Contains(key));
        Assert.DoesNotContain(a, key => unrelated.Contains(key));
        Assert.All(a, key => Assert.StartsWith("text~:", key.Key, StringComparison.Ordinal));
    }

    [Fact]
    public void Build_ShortCaption_GivesNoTextKeys() =>
        Assert.Empty(new ObjectKeyBuilder(ObjectKinds.Caption | ObjectKinds.NearText).Build(PostBuilder.Create(text: "so true 😂")));

    [Fact]
    public void Build_KindDisabled_GivesNoKeyOfThatKind()
    {
        var sut = new ObjectKeyBuilder(ObjectKinds.Caption);

        var keys = sut.Build(PostBuilder.Create(text: Caption, hashtags: ["referendum"], sound: "7001"));

        Assert.All(keys, key => Assert.Equal(ObjectKinds.Caption, key.Kind));
    }

    [Fact]
    public void Build_TwoBuilders_GiveIdenticalKeys()
    {
        var post = PostBuilder.Create(text: Caption, hashtags: ["referendum"], sound: "7001");

        var a = new ObjectKeyBuilder(ObjectKinds.Default).Build(post).Select(k => k.Key);
        var b = new ObjectKeyBuilder(ObjectKinds.Default).Build(post).Select(k => k.Key);

        Assert.Equal(a, b);
    }

    [Theory]
    [InlineData("sound:1", ObjectKinds.Sound)]
    [InlineData("sound+tags:1|ab", ObjectKinds.SoundTags)]
    [InlineData("caption:ab", ObjectKinds.Caption)]
    [InlineData("text~:3:ab", ObjectKinds.NearText)]
    [InlineData("hashtag:x", ObjectKinds.Hashtag)]
    [InlineData("url:example.com", ObjectKinds.Url)]
    [InlineData("other", ObjectKinds.None)]
    public void KindOf_Key_ReadsThePrefix(string key, ObjectKinds expected) => Assert.Equal(expected, ObjectKeyBuilder.KindOf(key));
}
