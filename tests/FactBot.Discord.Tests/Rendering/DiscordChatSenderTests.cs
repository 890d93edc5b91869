using System.Net;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Discord.Rendering;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Rendering;

public sealed class DiscordChatSenderTests
{
    private static OutboxMessage Outbox(ChatMessage? message = null, string? platformMessageId = null) => new()
    {
        Id = "alert:A-7K2F:r1:discord:555",
        Chat = new ChatRef("discord", "555"),
        Kind = OutboxKind.Alert,
        Message = message ?? new ChatMessage { Title = "Volume surge", Summary = "@everyone look at this" },
        CreatedAt = Clock.Start,
        PlatformMessageId = platformMessageId,
    };

    [Fact]
    public async Task SendAsync_NewMessage_PostsToTheChannelWithANonceFromTheOutboxId()
    {
        using var h = new RestHarness();
        var sut = new DiscordChatSender(h.Messages);

        var first = await sut.SendAsync(Outbox());
        var retry = await sut.SendAsync(Outbox());

        Assert.Equal("900", first.Value);
        var requests = h.Handler.Requests;
        Assert.All(requests, r => Assert.Equal((HttpMethod.Post, "/api/v10/channels/555/messages"), (r.Method, r.Path)));
        var nonce = (string)requests[0].Json["nonce"]!;
        Assert.InRange(nonce.Length, 1, 25);
        Assert.Equal(nonce, (string?)requests[1].Json["nonce"]);
        Assert.Equal("""{"parse":[]}""", requests[0].Json["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task SendAsync_KnownPlatformMessageId_EditsThatMessage()
    {
        using var h = new RestHarness();
        var sut = new DiscordChatSender(h.Messages);

        var result = await sut.SendAsync(Outbox(platformMessageId: "777"));

        Assert.Equal("777", result.Value);
        var request = Assert.Single(h.Handler.Requests);
        Assert.Equal((HttpMethod.Patch, "/api/v10/channels/555/messages/777"), (request.Method, request.Path));
    }

    [Fact]
    public async Task SendAsync_EditedMessageWasDeleted_PostsANewOne()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.NotFound, """{"message":"Unknown Message","code":10008}""");
        var sut = new DiscordChatSender(h.Messages);

        var result = await sut.SendAsync(Outbox(platformMessageId: "777"));

        Assert.Equal("900", result.Value);
        Assert.Equal([HttpMethod.Patch, HttpMethod.Post], h.Handler.Requests.Select(r => r.Method));
    }

    [Theory]
    [InlineData(HttpStatusCode.Forbidden, """{"message":"Missing Access","code":50001}""")]
    [InlineData(HttpStatusCode.NotFound, """{"message":"Unknown Channel","code":10003}""")]
    public async Task SendAsync_ChannelRefused_IsAPermanentFailureWithTheReason(HttpStatusCode status, string body)
    {
        using var h = new RestHarness();
        h.Handler.Then(status, body);
        var sut = new DiscordChatSender(h.Messages);

        var result = await sut.SendAsync(Outbox());

        var failure = Assert.IsType<PermanentFailure>(result.Error);
        Assert.Contains("555", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_ServerError_IsUnavailableSoTheOutboxRetries()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.InternalServerError);
        var sut = new DiscordChatSender(h.Messages);

        var result = await sut.SendAsync(Outbox());

        Assert.IsType<Unavailable>(result.Error);
    }

    [Fact]
    public async Task SendAsync_MessageTooBigForOne_PostsEachPartWithItsOwnNonceAndReturnsTheFirstId()
    {
        using var h = new RestHarness();
        var fields = Enumerable.Range(0, 40).Select(i => new ChatField($"f{i}", new string('x', 900))).ToList();
        var sut = new DiscordChatSender(h.Messages);

        var result = await sut.SendAsync(Outbox(new ChatMessage { Title = "Digest", Fields = fields }));

        Assert.True(result.IsSuccess);
        var nonces = h.Handler.Requests.Select(r => (string)r.Json["nonce"]!).ToList();
        Assert.True(nonces.Count > 1);
        Assert.Equal(nonces.Count, nonces.Distinct().Count());
        foreach (var request in h.Handler.Requests)
            EmbedLimitAssert.WithinLimits(request.Json);
    }

    [Fact]
    public async Task SendAsync_ThreadId_PostsIntoTheThread()
    {
        using var h = new RestHarness();
        var sut = new DiscordChatSender(h.Messages);

        await sut.SendAsync(Outbox() with { Chat = new ChatRef("discord", "555", "888") });

        Assert.Equal("/api/v10/channels/888/messages", Assert.Single(h.Handler.Requests).Path);
    }
}
