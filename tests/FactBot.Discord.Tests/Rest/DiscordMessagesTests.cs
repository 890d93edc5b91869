using System.Text.Json.Nodes;
using FactBot.Discord.Rendering;
using FactBot.Discord.Rest;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Rest;

public sealed class DiscordMessagesTests
{
    /// <summary>A body that tries to allow every mention: the send method must override it.</summary>
    private static DiscordMessage Pinging() => new(new JsonObject
    {
        ["content"] = "@everyone look",
        ["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray("everyone", "roles", "users") },
    });

    [Fact]
    public async Task EverySendPath_StampsAllowedMentionsParseEmpty()
    {
        using var h = new RestHarness();

        await h.Messages.CreateAsync("1", Pinging(), "n", default);
        await h.Messages.EditAsync("1", "2", Pinging(), default);
        await h.Messages.CallbackAsync("3", "tok", 4, Pinging(), default);
        await h.Messages.EditOriginalAsync("4", "tok", Pinging(), default);
        await h.Messages.FollowUpAsync("4", "tok", Pinging(), default);

        var requests = h.Handler.Requests;
        Assert.Equal(5, requests.Count);
        foreach (var request in requests)
        {
            var json = request.Json;
            var message = json["data"] as JsonObject ?? json; // the callback wraps the message in data
            Assert.Equal("""{"parse":[]}""", message["allowed_mentions"]!.ToJsonString());
        }
    }

    [Fact]
    public async Task CreateAsync_SetsNonceAndEnforceNonce()
    {
        using var h = new RestHarness();

        await h.Messages.CreateAsync("1", new DiscordMessage(new JsonObject { ["content"] = "x" }), "abc", default);

        var json = Assert.Single(h.Handler.Requests).Json;
        Assert.Equal("abc", (string?)json["nonce"]);
        Assert.True((bool?)json["enforce_nonce"]);
    }

    [Fact]
    public async Task SendAsync_WithFile_SendsMultipartWithPayloadJsonAndTheDeclaredAttachment()
    {
        using var h = new RestHarness();
        var message = new DiscordMessage(new JsonObject { ["embeds"] = new JsonArray() }, new DiscordFile("chart.png", [1, 2, 3]));

        await h.Messages.CreateAsync("1", message, "n", default);

        var request = Assert.Single(h.Handler.Requests);
        Assert.Equal("multipart/form-data", request.ContentType);
        Assert.Contains("name=\"files[0]\"; filename=\"chart.png\"", request.Body, StringComparison.Ordinal);
        Assert.Equal("""[{"id":0,"filename":"chart.png"}]""", request.Json["attachments"]!.ToJsonString());
    }
}
