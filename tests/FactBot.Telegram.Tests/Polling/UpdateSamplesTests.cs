using FactBot.Telegram.Tests.Support;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Tests.Polling;

/// <summary>Our recorded payloads parse into the update kinds the router dispatches on.</summary>
public sealed class UpdateSamplesTests
{
    [Theory]
    [InlineData("group_command_with_botname", UpdateType.Message)]
    [InlineData("group_command_for_another_bot", UpdateType.Message)]
    [InlineData("callback_query", UpdateType.CallbackQuery)]
    [InlineData("my_chat_member_added", UpdateType.MyChatMember)]
    [InlineData("my_chat_member_kicked", UpdateType.MyChatMember)]
    [InlineData("my_chat_member_blocked_in_dm", UpdateType.MyChatMember)]
    [InlineData("channel_post_emoji_hashtags", UpdateType.ChannelPost)]
    [InlineData("channel_post_audio", UpdateType.ChannelPost)]
    [InlineData("channel_post_forwarded", UpdateType.ChannelPost)]
    public void Sample_Parses_AsItsUpdateKind(string name, UpdateType type) => Assert.Equal(type, Samples.Update(name).Type);

    [Fact]
    public void MyChatMember_KickedAndAdded_TellWhetherTheBotIsInTheChat()
    {
        var kicked = Samples.Update("my_chat_member_kicked").MyChatMember!;
        var added = Samples.Update("my_chat_member_added").MyChatMember!;

        Assert.True(kicked.OldChatMember.IsInChat);
        Assert.False(kicked.NewChatMember.IsInChat);
        Assert.False(added.OldChatMember.IsInChat);
        Assert.True(added.NewChatMember.IsInChat);
        Assert.Equal(ChatMemberStatus.Administrator, added.NewChatMember.Status);
    }
}
