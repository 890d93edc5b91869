using FactBot.Core.Results;
using FactBot.Discord.Gateway;
using FactBot.Discord.Rest;
using FactBot.Discord.Tests.Support;

namespace FactBot.Discord.Tests.Gateway;

public sealed class GatewayClosePolicyTests
{
    [Theory]
    [InlineData(4004, "token")]
    [InlineData(4010, "shard")]
    [InlineData(4011, "Sharding")]
    [InlineData(4012, "API version")]
    [InlineData(4013, "intents")]
    [InlineData(4014, "privileged intent")]
    public async Task RunAsync_FatalCloseCode_StopsForGoodAndSaysWhy(int code, string why)
    {
        await using var h = new GatewayHarness();
        var socket = await h.ReadyAsync();

        socket.Close(code);
        await Clock.UntilAsync(h.Time, () => h.RunTask.IsCompleted);

        Assert.Equal(GatewayState.Stopped, h.Status.State);
        Assert.Contains(code.ToString(System.Globalization.CultureInfo.InvariantCulture), h.Status.FatalError, StringComparison.Ordinal);
        Assert.Contains(why, h.Status.FatalError, StringComparison.Ordinal);
        Assert.Single(h.Transport.ConnectAttempts);
    }

    [Theory]
    [InlineData(4000)]
    [InlineData(4001)]
    [InlineData(4002)]
    [InlineData(4008)]
    [InlineData(4999)]
    public async Task RunAsync_ResumableCloseCode_ResumesTheSession(int code)
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();

        first.Close(code);
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Resume);

        Assert.Equal(new Uri(GatewayHarness.ResumeUrl), second.Url);
        Assert.Equal(1, h.Status.Identifies);
    }

    [Theory]
    [InlineData(4003)]
    [InlineData(4005)]
    [InlineData(4007)]
    [InlineData(4009)]
    public async Task RunAsync_SessionEndingCloseCode_IdentifiesAfresh(int code)
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();

        first.Close(code);
        var second = await h.ConnectionAsync(2);
        second.Hello();
        await h.SentAsync(second, GatewayOpCode.Identify);

        Assert.Equal(new Uri(GatewayHarness.GatewayUrl), second.Url);
        Assert.Empty(second.SentOp(GatewayOpCode.Resume));
    }

    [Fact]
    public async Task RunAsync_RepeatedConnectFailures_BacksOffExponentially()
    {
        await using var h = new GatewayHarness(random: 1.0 - 1e-9);
        h.Transport.FailNextConnects = 4;
        h.Start();

        await h.ConnectionAsync(1);

        var attempts = h.Transport.ConnectAttempts;
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalSeconds).ToList();
        Assert.Equal(4, gaps.Count);
        for (var i = 1; i < gaps.Count; i++)
            Assert.True(gaps[i] >= gaps[i - 1] * 1.9, $"gaps {string.Join(", ", gaps)}");
    }

    [Fact]
    public async Task RunAsync_IdentifyBudgetUsedUp_WaitsForItsReset()
    {
        await using var h = new GatewayHarness();
        h.Info = () => new GatewayBotInfo(new Uri(GatewayHarness.GatewayUrl), new SessionStartLimit(1000, 0, TimeSpan.FromMinutes(30), 1));
        h.Start();
        await Clock.UntilAsync(h.Time, () => h.Status.State == GatewayState.Waiting);
        h.Info = () => new GatewayBotInfo(new Uri(GatewayHarness.GatewayUrl), new SessionStartLimit(1000, 1000, TimeSpan.FromHours(24), 1));

        await h.ConnectionAsync(1, TimeSpan.FromSeconds(15));

        Assert.True(h.Transport.ConnectAttempts[0] >= Clock.Start.AddMinutes(30));
    }

    [Fact]
    public async Task RunAsync_GatewayBotAnswers401_StopsWithTheTokenError()
    {
        await using var h = new GatewayHarness();
        h.Info = () => new DiscordRejected(401, 0, "401: Unauthorized");

        h.Start();
        await Clock.UntilAsync(h.Time, () => h.RunTask.IsCompleted);

        Assert.Contains("FACTBOT__Discord__Token", h.Status.FatalError, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__Discord__Token", h.Health.FatalError, StringComparison.Ordinal);
        Assert.Empty(h.Transport.ConnectAttempts);
    }

    [Fact]
    public async Task RunAsync_DiscordUnreachable_IsAnOutageNamingTheSettings_ClearedWhenItAnswers()
    {
        await using var h = new GatewayHarness();
        var down = true;
        h.Info = () => down
            ? new Unavailable("Discord could not be reached: Connection refused (127.0.0.1:9)")
            : new GatewayBotInfo(new Uri(GatewayHarness.GatewayUrl), new SessionStartLimit(1000, 1000, TimeSpan.FromHours(20), 1));

        h.Start();
        await Clock.UntilAsync(h.Time, () => h.InfoCalls >= 3);
        var outage = Assert.Single(h.Health.Outages);
        down = false;
        await h.ConnectionAsync(1);

        Assert.Equal("discord", outage.Platform);
        Assert.Contains("Connection refused", outage.Reason, StringComparison.Ordinal);
        Assert.Contains("Discord:ApiBaseUrl", outage.Check, StringComparison.Ordinal);
        Assert.Empty(h.Health.Outages);
    }

    [Fact]
    public async Task RunAsync_NoHelloInTime_ReconnectsAndResumesTheSession()
    {
        await using var h = new GatewayHarness();
        var first = await h.ReadyAsync();
        first.Drop();
        await h.ConnectionAsync(2); // never says Hello

        var third = await h.ConnectionAsync(3);
        third.Hello();
        await h.SentAsync(third, GatewayOpCode.Resume);

        Assert.Equal(1, h.Status.Identifies);
        Assert.Equal(1, h.InfoCalls); // a resume needs no new gateway URL
    }
}
