using FactBot.Discord.Interactions;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Interactions;

public sealed class InteractionTests
{
    [Fact]
    public void Parse_GuildMemberWithManageServer_IsAPlatformAdminInThatChannel()
    {
        var sut = Interaction.Parse(Samples.Json("interaction_watch_add.json")).Value!;

        Assert.Equal(("100", "interaction-token-1", 2), (sut.ApplicationId, sut.Token, sut.Type));
        Assert.Equal(("discord", "400", "Vera"), (sut.Caller.Platform, sut.Caller.UserId, sut.Caller.DisplayName));
        Assert.True(sut.Caller.PlatformAdmin);
        Assert.Equal("discord:300", sut.Chat.Key);
        Assert.False(sut.IsDirectMessage);
    }

    [Fact]
    public void Parse_MemberWithoutPermissions_IsNoAdmin()
    {
        var sut = Interaction.Parse(Samples.Json("interaction_verdict_button.json")).Value!;

        Assert.False(sut.Caller.PlatformAdmin);
        Assert.Equal("checker", sut.Caller.DisplayName);
    }

    [Fact]
    public void Parse_DirectMessage_UsesTheUserAndIsNoAdmin()
    {
        var sut = Interaction.Parse(Samples.Json("interaction_autocomplete_alert.json")).Value!;

        Assert.True(sut.IsDirectMessage);
        Assert.Equal("402", sut.Caller.UserId);
        Assert.False(sut.Caller.PlatformAdmin);
    }

    [Theory]
    [InlineData("32", true)]
    [InlineData("8", true)]
    [InlineData("2048", false)]
    [InlineData("0", false)]
    [InlineData("not a number", false)]
    [InlineData("340282366920938463463374607431768211488", true)] // 2^128 + 32: beyond 64 bits
    public void IsAdmin_PermissionString_ManageServerOrAdministrator(string permissions, bool admin)
    {
        Assert.Equal(admin, Interaction.IsAdmin(permissions));
    }

    [Fact]
    public void ToRequest_Subcommand_BecomesTheSubcommandWithRawOptionText()
    {
        var interaction = Interaction.Parse(Samples.Json("interaction_watch_add.json")).Value!;

        var sut = SlashCommandMapper.ToRequest(interaction);

        Assert.Equal(("watch", "add"), (sut.Name, sut.Subcommand));
        Assert.Equal("#donbas", sut.Options["target"]);
        Assert.Equal("main", sut.Options["WATCHLIST"]);
    }

    [Fact]
    public void ToRequest_NumberOptions_AreInvariantText()
    {
        var json = System.Text.Json.JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},
             "data":{"name":"alerts","options":[{"name":"limit","type":4,"value":5},{"name":"x","type":10,"value":0.25}]}}
            """).RootElement;

        var sut = SlashCommandMapper.ToRequest(Interaction.Parse(json).Value!);

        Assert.Equal(("5", "0.25"), (sut.Options["limit"], sut.Options["x"]));
        Assert.Null(sut.Subcommand);
    }
}
