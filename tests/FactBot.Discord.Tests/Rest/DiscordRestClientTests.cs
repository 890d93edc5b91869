using System.Net;
using FactBot.Core.Results;
using FactBot.Discord.Rest;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Rest;

public sealed class DiscordRestClientTests
{
    private static DiscordRequest Post(string channel) =>
        new(new DiscordRoute(HttpMethod.Post, $"channels/{channel}/messages"), new System.Text.Json.Nodes.JsonObject { ["content"] = "x" });

    [Fact]
    public async Task SendAsync_AnyBotRoute_SendsBotTokenAndDiscordUserAgent()
    {
        using var h = new RestHarness();

        var result = await h.Client.SendAsync(Post("1"));

        Assert.True(result.IsSuccess);
        var request = Assert.Single(h.Handler.Requests);
        Assert.Equal("/api/v10/channels/1/messages", request.Path);
        Assert.Equal("Bot test-token", request.Headers["Authorization"]);
        Assert.StartsWith("DiscordBot (https://github.com/factbot/factbot, ", request.Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_WebhookRoute_SendsNoBotToken()
    {
        using var h = new RestHarness();

        await h.Client.SendAsync(new DiscordRequest(new DiscordRoute(HttpMethod.Patch, "webhooks/1/secret-token/messages/@original"), new System.Text.Json.Nodes.JsonObject()));

        Assert.False(Assert.Single(h.Handler.Requests).Headers.ContainsKey("Authorization"));
    }

    [Fact]
    public async Task SendAsync_BucketExhausted_WaitsForTheResetBeforeTheNextCall()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.OK, "{}", ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Limit", "5"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "3.5"));
        await h.Client.SendAsync(Post("1"));

        var second = await Clock.RunAsync(h.Time, h.Client.SendAsync(Post("1")));

        Assert.True(second.IsSuccess);
        var requests = h.Handler.Requests;
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(3.5), $"waited only {requests[1].At - requests[0].At}");
    }

    [Fact]
    public async Task SendAsync_BucketExhaustedOnOneChannel_DoesNotHoldBackAnotherChannel()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.OK, "{}", ("X-RateLimit-Bucket", "abc"), ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset-After", "30"));
        await h.Client.SendAsync(Post("1"));

        await h.Client.SendAsync(Post("2"));

        var requests = h.Handler.Requests;
        Assert.Equal(requests[0].At, requests[1].At);
    }

    [Fact]
    public async Task SendAsync_429WithRetryAfter_WaitsThatLongAndSendsOnceMore()
    {
        using var h = new RestHarness();
        h.Handler.Then((HttpStatusCode)429, """{"message":"You are being rate limited.","retry_after":1.5,"global":false}""", ("Retry-After", "2"), ("X-RateLimit-Scope", "user"));

        var result = await Clock.RunAsync(h.Time, h.Client.SendAsync(Post("1")));

        Assert.True(result.IsSuccess);
        var requests = h.Handler.Requests;
        Assert.Equal(2, requests.Count);
        // The body's retry_after (1.5 s) is more precise than the header's whole seconds.
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(1.5));
        Assert.True(requests[1].At - requests[0].At < TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_429LongerThanTheInlineWait_ReturnsRateLimitedWithRetryAfter()
    {
        using var h = new RestHarness(o => o.MaxInlineRateLimitWait = TimeSpan.FromSeconds(10));
        h.Handler.Then((HttpStatusCode)429, """{"message":"slow down","retry_after":60,"global":false}""");

        var result = await h.Client.SendAsync(Post("1"));

        var limited = Assert.IsType<RateLimited>(result.Error);
        Assert.Equal(TimeSpan.FromSeconds(60), limited.RetryAfter);
        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task SendAsync_Global429_HoldsBackEveryRoute()
    {
        using var h = new RestHarness(o => o.MaxInlineRateLimitWait = TimeSpan.Zero);
        h.Handler.Then((HttpStatusCode)429, """{"message":"global","retry_after":2,"global":true}""", ("X-RateLimit-Global", "true"), ("X-RateLimit-Scope", "global"));
        var first = await h.Client.SendAsync(Post("1"));

        await Clock.RunAsync(h.Time, h.Client.SendAsync(DiscordRequest.Get("gateway/bot")));

        Assert.IsType<RateLimited>(first.Error);
        var requests = h.Handler.Requests;
        Assert.True(requests[1].At - requests[0].At >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task SendAsync_MoreCallsThanTheGlobalLimit_SpreadsThemOverSeconds()
    {
        using var h = new RestHarness(o => o.GlobalRequestsPerSecond = 2);

        await Clock.RunAsync(h.Time, Task.WhenAll(h.Client.SendAsync(Post("1")), h.Client.SendAsync(Post("2")), h.Client.SendAsync(Post("3"))).ContinueWith(_ => 0, TaskScheduler.Default));

        var times = h.Handler.Requests.Select(r => r.At).Order().ToList();
        Assert.Equal(3, times.Count);
        Assert.True(times[2] - times[0] >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task SendAsync_InvalidRequestBudgetUsedUp_StopsCallingDiscordAndSaysWhy()
    {
        using var h = new RestHarness(o => o.InvalidRequestBudget = 10);
        for (var i = 0; i < 10; i++)
            h.Handler.Then(HttpStatusCode.Forbidden, """{"message":"Missing Access","code":50001}""");
        for (var i = 0; i < 10; i++)
            await h.Client.SendAsync(Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        var refused = await h.Client.SendAsync(Post("99"));

        Assert.Equal(10, h.Handler.Requests.Count);
        Assert.Contains("paused", Assert.IsType<Unavailable>(refused.Error).Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendAsync_Shared429s_DoNotCountTowardTheInvalidRequestBudget()
    {
        using var h = new RestHarness(o => { o.InvalidRequestBudget = 10; o.MaxInlineRateLimitWait = TimeSpan.Zero; });
        for (var i = 0; i < 12; i++)
            h.Handler.Then((HttpStatusCode)429, """{"message":"shared","retry_after":5,"global":false}""", ("X-RateLimit-Scope", "shared"));

        for (var i = 0; i < 12; i++)
            await h.Client.SendAsync(Post(i.ToString(System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(12, h.Handler.Requests.Count);
        Assert.Equal(0, h.Limiter.Guard.Count);
    }

    [Fact]
    public async Task SendAsync_401_StopsFurtherBotCallsButNotWebhookCalls()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.Unauthorized, """{"message":"401: Unauthorized","code":0}""");
        var first = await h.Client.SendAsync(Post("1"));

        var second = await h.Client.SendAsync(Post("1"));
        var webhook = await h.Client.SendAsync(new DiscordRequest(new DiscordRoute(HttpMethod.Post, "webhooks/1/tok"), new System.Text.Json.Nodes.JsonObject()));

        Assert.Equal(401, Assert.IsType<DiscordRejected>(first.Error).Status);
        Assert.Contains("token", Assert.IsType<Unavailable>(second.Error).Message, StringComparison.Ordinal);
        Assert.True(webhook.IsSuccess);
        Assert.True(h.Client.TokenRejected);
        Assert.Equal(2, h.Handler.Requests.Count);
    }

    [Fact]
    public async Task SendAsync_ServerErrorOrNetworkFailure_IsUnavailable()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.BadGateway, "<html>bad gateway</html>").ThenThrow();

        var serverError = await h.Client.SendAsync(Post("1"));
        var network = await h.Client.SendAsync(Post("1"));

        Assert.IsType<Unavailable>(serverError.Error);
        Assert.IsType<Unavailable>(network.Error);
    }

    [Fact]
    public async Task SendAsync_BadRequest_IsRejectedWithDiscordsCodeAndMessage()
    {
        using var h = new RestHarness();
        h.Handler.Then(HttpStatusCode.BadRequest, """{"message":"Invalid Form Body","code":50035}""");

        var result = await h.Client.SendAsync(Post("1"));

        var rejected = Assert.IsType<DiscordRejected>(result.Error);
        Assert.Equal((400, 50035), (rejected.Status, rejected.Code));
        Assert.Contains("Invalid Form Body", rejected.Message, StringComparison.Ordinal);
    }
}
