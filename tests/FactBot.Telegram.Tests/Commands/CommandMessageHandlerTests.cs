using System.Text.Json.Nodes;
using FactBot.Core.Commands;
using FactBot.Telegram.Tests.Support;

namespace FactBot.Telegram.Tests.Commands;

public sealed class CommandMessageHandlerTests
{
    private readonly CommandParts _sut = new();

    [Fact]
    public async Task HandleAsync_GroupCommandWithOurBotName_ReachesTheHandlerWithItsArgumentsAndIsAnswered()
    {
        var message = Samples.Update("group_command_with_botname").Message!;

        await _sut.Messages.HandleAsync(message, default);

        var context = Assert.Single(_sut.Status.Seen);
        Assert.Equal("#donbas", context.Arguments.Target("target")!.Key);
        Assert.Equal(TimeSpan.FromHours(6), context.Arguments.Duration("window"));
        Assert.Equal("telegram:-1001234567890", context.Request.Chat.Key);
        Assert.Equal("telegram:7", context.Request.Caller.Key);
        Assert.Equal("@vera_checks", context.Request.Caller.DisplayName);
        Assert.False(context.Request.IsDirectMessage);
        var reply = Assert.Single(_sut.Telegram.Api.CallsTo("sendMessage"));
        Assert.Equal(-1001234567890, reply["chat_id"]!.GetValue<long>());
        Assert.StartsWith("<b>status done</b>", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_CommandForAnotherBot_IsIgnored()
    {
        await _sut.Messages.HandleAsync(Samples.Update("group_command_for_another_bot").Message!, default);

        Assert.Empty(_sut.Status.Seen);
        Assert.Empty(_sut.Telegram.Api.Calls);
    }

    [Fact]
    public async Task HandleAsync_GroupAdministrator_IsAnAdminForTheDispatcher()
    {
        _sut.Telegram.Api.Then("getChatMember", _ => FakeBotApi.Ok(Member("administrator")));
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Text = "/watch add #x";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Equal(CommandRole.Admin, Assert.Single(_sut.Watch.Seen).Role);
        var lookup = Assert.Single(_sut.Telegram.Api.CallsTo("getChatMember"));
        Assert.Equal(7, lookup["user_id"]!.GetValue<long>());
    }

    [Fact]
    public async Task HandleAsync_PlainMember_IsRefusedAnAdminCommandAndTheRefusalAnswersTheirMessage()
    {
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Text = "/watch add #x";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Empty(_sut.Watch.Seen);
        var reply = Assert.Single(_sut.Telegram.Api.CallsTo("sendMessage"));
        Assert.Contains("Not allowed", reply["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(77, reply["reply_parameters"]!["message_id"]!.GetValue<int>());
    }

    [Fact]
    public async Task HandleAsync_AdminStatus_IsCachedUntilItExpires()
    {
        var message = Samples.Update("group_command_with_botname").Message!;

        await _sut.Messages.HandleAsync(message, default);
        await _sut.Messages.HandleAsync(message, default);
        _sut.Telegram.Time.Advance(_sut.Telegram.Options.AdminCacheDuration);
        await _sut.Messages.HandleAsync(message, default);

        Assert.Equal(2, _sut.Telegram.Api.CallsTo("getChatMember").Count());
    }

    [Fact]
    public async Task HandleAsync_AdminLookupFails_CountsAsNotAdmin()
    {
        _sut.Telegram.Api.ThenFail("getChatMember", 500, "Internal Server Error");
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Text = "/watch add #x";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Empty(_sut.Watch.Seen);
    }

    [Fact]
    public async Task HandleAsync_DirectMessage_AsksNoAdminStatusAndRepliesPlainly()
    {
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Chat = new global::Telegram.Bot.Types.Chat { Id = 7, Type = global::Telegram.Bot.Types.Enums.ChatType.Private };
        message.Text = "/help";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Empty(_sut.Telegram.Api.CallsTo("getChatMember"));
        var reply = Assert.Single(_sut.Telegram.Api.CallsTo("sendMessage"));
        Assert.Null(reply["reply_parameters"]);
        Assert.Contains("/subscribe", reply["text"]!.GetValue<string>(), StringComparison.Ordinal); // open in DMs
    }

    [Fact]
    public async Task HandleAsync_UnclosedQuote_RepliesWithTheProblem()
    {
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Text = "/verdict A-1 organic note:\"unfinished";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Empty(_sut.Verdict.Seen);
        Assert.Contains("quote was opened", Assert.Single(_sut.Telegram.Api.CallsTo("sendMessage"))["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_NotACommand_IsIgnored()
    {
        var message = Samples.Update("group_command_with_botname").Message!;
        message.Text = "just chatting about #donbas";

        await _sut.Messages.HandleAsync(message, default);

        Assert.Empty(_sut.Telegram.Api.Calls);
    }

    private static JsonObject Member(string status) => new()
    {
        ["status"] = status,
        ["user"] = new JsonObject { ["id"] = 7, ["is_bot"] = false, ["first_name"] = "Vera" },
        ["can_be_edited"] = false, ["is_anonymous"] = false, ["can_manage_chat"] = true, ["can_delete_messages"] = false,
        ["can_manage_video_chats"] = false, ["can_restrict_members"] = false, ["can_promote_members"] = false, ["can_change_info"] = false,
        ["can_invite_users"] = false, ["can_post_stories"] = false, ["can_edit_stories"] = false, ["can_delete_stories"] = false,
    };
}
