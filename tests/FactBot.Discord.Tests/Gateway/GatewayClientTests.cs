using System.Text.Json;
using FactBot.Discord.Gateway;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Gateway;

public sealed class GatewayClientTests
{
    [Fact]
    public async Task RunAsync_Hello_IdentifiesWithIntentsZeroOnTheUrlFromGatewayBot()
    {
        await using var h = new GatewayHarness();

        var socket = await h.ReadyAsync();

        Assert.Equal(new Uri(GatewayHarness.GatewayUrl), socket.Url);
        var identify = socket.SentOp(GatewayOpCode.Identify).Single().D!.Value;
        Assert.Equal(0, identify.GetProperty("intents").GetInt32());
        Assert.Equal("test-token", identify.GetProperty("token").GetString());
        Assert.Equal(GatewayState.Ready, h.Status.State);
        Assert.Equal("100", h.Status.ApplicationId);
    }

    [Fact]
    public async Task RunAsync_AfterHello_BeatsAfterIntervalTimesJitterThenEveryIntervalWithTheLastSequence()
    {
        await using var h = new GatewayHarness(random: 0.25);
        h.Start();
        var socket = await h.ConnectionAsync(1);
        var helloAt = h.Time.GetUtcNow();
        socket.Hello(intervalMs: 40_000);
        await h.SentAsync(socket, GatewayOpCode.Identify);
        socket.Ready("s", GatewayHarness.ResumeUrl, sequence: 7);

        await Clock.UntilAsync(h.Time, () => socket.SentOp(GatewayOpCode.Heartbeat).Count >= 1, TimeSpan.FromSeconds(1));
        var firstBeatAt = h.Time.GetUtcNow();
        await Clock.UntilAsync(h.Time, () => socket.SentOp(GatewayOpCode.Heartbeat).Count >= 2, TimeSpan.FromSeconds(1));

        Assert.InRange((firstBeatAt - helloAt).TotalSeconds, 10, 11); // 40 s × 0.25
        Assert.InRange((h.Time.GetUtcNow() - firstBeatAt).TotalSeconds, 40, 41);
        Assert.Equal(7, socket.SentOp(GatewayOpCode.Heartbeat)[1].D!.Value.GetInt32());
    }

    [Fact]
    public async Task RunAsync_ConnectionDropped_ResumesOnTheResumeUrlWithTheLastSequenceWithoutIdentifying()
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();
        first.Dispatch("GUILD_CREATE", new { id = "1" }, sequence: 5);

        first.Drop();
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Resume);
        second.Dispatch("RESUMED", new { }, sequence: 6);
        await Clock.UntilAsync(h.Time, () => h.Status.State == GatewayState.Ready);

        Assert.Equal(new Uri(GatewayHarness.ResumeUrl), second.Url);
        var resume = second.SentOp(GatewayOpCode.Resume).Single().D!.Value;
        Assert.Equal(("session-1", 5), (resume.GetProperty("session_id").GetString(), resume.GetProperty("seq").GetInt32()));
        Assert.Empty(second.SentOp(GatewayOpCode.Identify));
        Assert.Equal(1, h.Status.Identifies);
    }

    [Fact]
    public async Task RunAsync_NoAckBeforeTheNextBeat_ClosesTheZombieResumablyAndResumes()
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();
        first.AutoAck = false;

        var second = await h.ConnectionAsync(2, TimeSpan.FromSeconds(1));
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Resume);

        Assert.Single(first.SentOp(GatewayOpCode.Heartbeat));
        Assert.True(first.ClosedResumable);
        Assert.Equal(new Uri(GatewayHarness.ResumeUrl), second.Url);
        Assert.Equal(1, h.Status.Identifies);
    }

    [Fact]
    public async Task RunAsync_ServerAsksForABeat_BeatsAtOnceAndDoesNotTakeItForAMissedAck()
    {
        await using var h = new GatewayHarness();
        var socket = await h.ReadyAsync();
        socket.AutoAck = false;

        socket.Push(new GatewayPayload(GatewayOpCode.Heartbeat));
        await h.SentAsync(socket, GatewayOpCode.Heartbeat);
        socket.AutoAck = true;
        await Clock.UntilAsync(h.Time, () => socket.SentOp(GatewayOpCode.Heartbeat).Count >= 3, TimeSpan.FromSeconds(1));

        Assert.Single(h.Transport.Sockets);
    }

    [Fact]
    public async Task RunAsync_Op7Reconnect_ClosesResumablyAndResumesOnTheResumeUrl()
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync(sequence: 3);

        first.Push(new GatewayPayload(GatewayOpCode.Reconnect));
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Resume);

        Assert.True(first.ClosedResumable);
        Assert.Equal(new Uri(GatewayHarness.ResumeUrl), second.Url);
        Assert.Equal(3, second.SentOp(GatewayOpCode.Resume).Single().D!.Value.GetProperty("seq").GetInt32());
    }

    [Fact]
    public async Task RunAsync_InvalidSessionResumable_Resumes()
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();

        first.Push(new GatewayPayload(GatewayOpCode.InvalidSession, JsonSerializer.SerializeToElement(true)));
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Resume);

        Assert.Empty(second.SentOp(GatewayOpCode.Identify));
    }

    [Fact]
    public async Task RunAsync_InvalidSessionNotResumable_WaitsOneToFiveSecondsThenIdentifiesAfresh()
    {
        await using var h = new GatewayHarness(random: 0.5);
        var first = await h.ReadyAsync();
        await Clock.UntilAsync(h.Time, () => h.Time.GetUtcNow() >= Clock.Start.AddSeconds(10)); // past the 5 s Identify spacing
        var invalidAt = h.Time.GetUtcNow();

        first.Push(new GatewayPayload(GatewayOpCode.InvalidSession, JsonSerializer.SerializeToElement(false)));
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Identify);

        Assert.Equal(new Uri(GatewayHarness.GatewayUrl), second.Url);
        Assert.InRange((h.Transport.ConnectAttempts[1] - invalidAt).TotalSeconds, 3, 3.2); // 1 + 4 × 0.5
        Assert.Empty(second.SentOp(GatewayOpCode.Resume));
        Assert.Equal(2, h.Status.Identifies);
    }

    [Fact]
    public async Task RunAsync_DispatchedEvents_ReachTheEventQueueInOrder()
    {
        await using var h = new GatewayHarness();
        var socket = await h.ReadyAsync();

        socket.Dispatch("INTERACTION_CREATE", new { id = "i1" }, sequence: 2);
        socket.Dispatch("INTERACTION_CREATE", new { id = "i2" }, sequence: 3);
        var types = new List<string>();
        await Clock.UntilAsync(h.Time, () =>
        {
            while (h.Events.Reader.TryRead(out var dispatch))
                types.Add($"{dispatch.Type}:{dispatch.Sequence}");
            return types.Count >= 3;
        });

        Assert.Equal(["READY:1", "INTERACTION_CREATE:2", "INTERACTION_CREATE:3"], types);
    }
}
