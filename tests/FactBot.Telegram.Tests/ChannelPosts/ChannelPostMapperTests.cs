using FactBot.Core.Posts;
using FactBot.Telegram.ChannelPosts;
using FactBot.Telegram.Tests.Support;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Tests.ChannelPosts;

public sealed class ChannelPostMapperTests
{
    private static readonly DateTimeOffset Observed = new(2026, 1, 1, 0, 30, 0, TimeSpan.Zero);

    [Fact]
    public void Map_EmojiAndAstralLettersBeforeHashtags_TakesTheTagsAtTheirUtf16Offsets()
    {
        var post = ChannelPostMapper.Map(Samples.Update("channel_post_emoji_hashtags").ChannelPost!, Observed);

        Assert.Equal(["#Донбас", "#News_Today"], post.Hashtags);
        Assert.Equal(["донбас", "news_today"], PostNormalizer.Normalize(post).Hashtags);
    }

    [Fact]
    public void Map_ChannelPost_IsAPostOfTheChannelKeyedByChatAndMessage()
    {
        var post = ChannelPostMapper.Map(Samples.Update("channel_post_emoji_hashtags").ChannelPost!, Observed);

        Assert.Equal("telegram", post.Platform);
        Assert.Equal(ChannelPostMapper.Source, post.Source);
        Assert.Equal("-1009876543210/3301", post.PlatformPostId);
        Assert.Equal("telegram:-1009876543210/3301", post.Key);
        Assert.Equal("-1009876543210", post.AuthorKey);
        Assert.Equal("mirror_news", PostNormalizer.Normalize(post).AuthorHandle);
        Assert.Equal("Mirror News", post.AuthorDisplayName);
        Assert.Equal("https://t.me/Mirror_News/3301", post.Url);
        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1767226000), post.CreatedAt);
        Assert.Equal(Observed, post.ObservedAt);
        Assert.StartsWith("🇺🇦🔥 Breaking", post.Text, StringComparison.Ordinal);
        Assert.Contains("\"message_id\":3301", post.RawJson, StringComparison.Ordinal);
    }

    [Fact]
    public void Map_Audio_IsTheSoundByItsFileUniqueIdAndCaptionHashtagsCount()
    {
        var post = ChannelPostMapper.Map(Samples.Update("channel_post_audio").ChannelPost!, Observed);

        Assert.Equal("AgADNx4AAvpSeEk", post.SoundId);
        Assert.Equal("Choir – Anthem", post.SoundTitle);
        Assert.Equal(["#donbas"], post.Hashtags);
        Assert.Equal("New track 🎵 #donbas", post.Text);
        Assert.Empty(post.MediaFingerprints);
    }

    [Fact]
    public void Map_ForwardedFromAChannel_IsARepostOfThatPostAndItsVideoAFingerprint()
    {
        var post = ChannelPostMapper.Map(Samples.Update("channel_post_forwarded").ChannelPost!, Observed);

        Assert.Equal("telegram:-1001111111111/9876", post.RepostOfKey);
        Assert.Equal(["AgADVh8AAvpSeEk"], post.MediaFingerprints);
        Assert.Null(post.SoundId);
        Assert.Equal(["#donbas"], post.Hashtags);
    }

    [Fact]
    public void Hashtags_EntityOutsideTheText_IsSkipped()
    {
        var entities = new[]
        {
            new MessageEntity { Type = MessageEntityType.Hashtag, Offset = 0, Length = 3 },
            new MessageEntity { Type = MessageEntityType.Hashtag, Offset = 4, Length = 10 },
            new MessageEntity { Type = MessageEntityType.Mention, Offset = 0, Length = 3 },
        };

        Assert.Equal(["#ab"], ChannelPostMapper.Hashtags("#ab #cd", entities));
    }
}
