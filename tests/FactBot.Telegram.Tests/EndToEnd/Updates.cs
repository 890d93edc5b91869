using System.Text.Json.Nodes;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Raw updates the emulator cannot make by itself, pushed through the shim's /test/update.</summary>
internal static class Updates
{
    private static int _nextMessageId = 1000;

    public static JsonObject ChannelPost(long channelId, string username, string text, string hashtag, DateTimeOffset at) => new()
    {
        ["channel_post"] = new JsonObject
        {
            ["message_id"] = Interlocked.Increment(ref _nextMessageId),
            ["date"] = at.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = channelId, ["type"] = "channel", ["title"] = "Mirror " + username, ["username"] = username },
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject
            {
                ["type"] = "hashtag",
                ["offset"] = text.IndexOf(hashtag, StringComparison.Ordinal),
                ["length"] = hashtag.Length,
            }),
        },
    };

    /// <summary>The bot's membership in a group changed from <paramref name="from"/> to <paramref name="to"/> (member, left, kicked, administrator).</summary>
    public static JsonObject MyChatMember(long chatId, long byUserId, string from, string to) => new()
    {
        ["my_chat_member"] = new JsonObject
        {
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "supergroup", ["title"] = $"Checkers {chatId}" },
            ["from"] = new JsonObject { ["id"] = byUserId, ["is_bot"] = false, ["first_name"] = $"User{byUserId}", ["username"] = $"user{byUserId}" },
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["old_chat_member"] = Member(from),
            ["new_chat_member"] = Member(to),
        },
    };

    private static JsonObject Member(string status)
    {
        var member = new JsonObject
        {
            ["status"] = status,
            ["user"] = new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "Test First name", ["username"] = TelegramPeer.BotUsername },
        };
        if (status == "kicked")
            member["until_date"] = 0;
        if (status == "administrator")
        {
            foreach (var right in new[] { "can_be_edited", "is_anonymous", "can_manage_chat", "can_delete_messages", "can_manage_video_chats", "can_restrict_members", "can_promote_members", "can_change_info", "can_invite_users", "can_post_stories", "can_edit_stories", "can_delete_stories" })
                member[right] = right == "can_manage_chat";
        }

        return member;
    }
}
