using FactBot.Core.Commands;
using FactBot.Discord.Interactions;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Discord.Tests.Interactions;

public sealed class InteractionReplierTests
{
    private static readonly Interaction Slash = Interaction.Parse(Samples.Json("interaction_watch_add.json")).Value!;

    private static InteractionReplier Replier(RestHarness h) =>
        new(h.Messages, h.Options, h.Time, NullLogger<InteractionReplier>.Instance);

    [Fact]
    public async Task ReplyAsync_ReplyReadyInTime_AnswersInPlaceWithType4()
    {
        using var h = new RestHarness();

        await Replier(h).ReplyAsync(Slash, Task.FromResult(CommandReply.Text("Watching #donbas")), default);

        var request = Assert.Single(h.Handler.Requests);
        Assert.Equal("/api/v10/interactions/1300000000000000001/interaction-token-1/callback", request.Path);
        Assert.Equal(4, (int)request.Json["type"]!);
        Assert.Equal("Watching #donbas", (string?)request.Json["data"]!["embeds"]![0]!["title"]);
        Assert.Null(request.Json["data"]!["flags"]);
    }

    [Fact]
    public async Task ReplyAsync_EphemeralReply_CarriesFlag64()
    {
        using var h = new RestHarness();

        await Replier(h).ReplyAsync(Slash, Task.FromResult(CommandReply.Refused("admins only")), default);

        Assert.Equal(64, (int)Assert.Single(h.Handler.Requests).Json["data"]!["flags"]!);
    }

    [Fact]
    public async Task ReplyAsync_SlowReply_DefersThenEditsTheOriginal()
    {
        using var h = new RestHarness(o => o.DeferAfter = TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<CommandReply>();
        var replying = Replier(h).ReplyAsync(Slash, work.Task, default);

        await Clock.UntilAsync(h.Time, () => h.Handler.Requests.Count == 1);
        var deferAt = h.Time.GetUtcNow();
        work.SetResult(CommandReply.Text("Digest", "done"));
        await replying;

        var requests = h.Handler.Requests;
        Assert.Equal(5, (int)requests[0].Json["type"]!);
        Assert.True(deferAt - Clock.Start >= TimeSpan.FromSeconds(2));
        Assert.Equal((HttpMethod.Patch, "/api/v10/webhooks/100/interaction-token-1/messages/@original"), (requests[1].Method, requests[1].Path));
        Assert.Equal("Digest", (string?)requests[1].Json["embeds"]![0]!["title"]);
    }

    [Fact]
    public async Task ReplyAsync_SlowEphemeralReply_ReplacesThePublicPlaceholderWithAnEphemeralFollowUp()
    {
        using var h = new RestHarness(o => o.DeferAfter = TimeSpan.FromSeconds(2));
        var work = new TaskCompletionSource<CommandReply>();
        var replying = Replier(h).ReplyAsync(Slash, work.Task, default);
        await Clock.UntilAsync(h.Time, () => h.Handler.Requests.Count == 1);

        work.SetResult(CommandReply.Usage("'target' is wrong", null));
        await replying;

        var requests = h.Handler.Requests;
        Assert.Equal(HttpMethod.Delete, requests[1].Method);
        Assert.Equal((HttpMethod.Post, "/api/v10/webhooks/100/interaction-token-1"), (requests[2].Method, requests[2].Path));
        Assert.Equal(64, (int)requests[2].Json["flags"]!);
    }
}
