using FactBot.Core.Health;
using FactBot.Worker.Health;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Worker.Tests.Health;

public sealed class FatalStopTests
{
    [Fact]
    public async Task AFatalRefusal_StopsTheWorker_AndNothingElseDoes()
    {
        var health = new PlatformHealth(TimeProvider.System, NullLogger<PlatformHealth>.Instance);
        var lifetime = new RecordingLifetime();
        using var sut = new FatalStop(health, lifetime);
        await sut.StartAsync(CancellationToken.None);

        health.Failed("discord", "Connection refused", "Discord:ApiBaseUrl");
        await Task.Delay(50);
        var beforeFatal = lifetime.Stopped.Task.IsCompleted;
        health.Fatal("telegram", "Telegram rejected the bot token (401 Unauthorized).");

        await lifetime.Stopped.Task.WaitAsync(TimeSpan.FromSeconds(5));
        Assert.False(beforeFatal);
    }

    private sealed class RecordingLifetime : IHostApplicationLifetime
    {
        public TaskCompletionSource Stopped { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public CancellationToken ApplicationStarted => CancellationToken.None;

        public CancellationToken ApplicationStopping => CancellationToken.None;

        public CancellationToken ApplicationStopped => CancellationToken.None;

        public void StopApplication() => Stopped.TrySetResult();
    }
}
