using FactBot.Core.Health;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using FactBot.Worker.Health;
using FactBot.Worker.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Worker.Tests.Health;

/// <summary>The heartbeat file the container's health check reads: fresh, and honest about the chat platforms.</summary>
public sealed class HeartbeatTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-heartbeat-").FullName;
    private readonly FakeTimeProvider _time = new(PostBuilder.Epoch);
    private readonly PlatformHealth _health;
    private readonly Heartbeat _sut;

    public HeartbeatTests()
    {
        _health = new PlatformHealth(_time, NullLogger<PlatformHealth>.Instance);
        var options = Options.Create(new WorkerOptions { HeartbeatFile = "data/heartbeat", UnhealthyAfter = TimeSpan.FromMinutes(15) });
        _sut = new Heartbeat(options, new ContentRoot(_folder), _time, new InMemoryCheckpointStore(), _health);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string[]> BeatAsync()
    {
        await _sut.BeatAsync(CancellationToken.None);
        return await File.ReadAllLinesAsync(Path.Combine(_folder, "data", "heartbeat"));
    }

    [Fact]
    public async Task AllPlatformsAnswering_SaysOk()
    {
        var lines = await BeatAsync();

        Assert.Equal(PostBuilder.Epoch.ToString("O", System.Globalization.CultureInfo.InvariantCulture), lines[0]);
        Assert.Equal("platforms: ok", lines[1]);
    }

    [Fact]
    public async Task APlatformFailingLongerThanAllowed_MakesItUnhealthy_UntilItAnswersAgain()
    {
        _health.Failed("discord", "GET /gateway/bot failed: Connection refused", "Discord:ApiBaseUrl");
        _time.Advance(TimeSpan.FromMinutes(14));
        var early = await BeatAsync();
        _time.Advance(TimeSpan.FromMinutes(1));
        var late = await BeatAsync();
        _health.Succeeded("discord");
        var back = await BeatAsync();

        Assert.Equal("platforms: ok", early[1]);
        Assert.StartsWith("unhealthy: discord unreachable since", late[1], StringComparison.Ordinal);
        Assert.Contains("check Discord:ApiBaseUrl", late[1], StringComparison.Ordinal);
        Assert.Equal("platforms: ok", back[1]);
    }

    [Fact]
    public async Task ARejectedToken_IsUnhealthyAtOnce()
    {
        _health.Fatal("telegram", "Telegram rejected the bot token (401 Unauthorized).");

        var lines = await BeatAsync();

        Assert.Equal("unhealthy: telegram: Telegram rejected the bot token (401 Unauthorized).", lines[1]);
    }
}
