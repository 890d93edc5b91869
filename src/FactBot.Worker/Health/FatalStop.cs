using FactBot.Core.Health;
using Microsoft.Extensions.Hosting;

namespace FactBot.Worker.Health;

/// <summary>
/// Stops the worker once a platform refused for good (a rejected token): running on would only log the same refusal
/// forever while looking alive. <c>factbot run</c> then prints the reason and exits non-zero.
/// </summary>
internal sealed class FatalStop(PlatformHealth health, IHostApplicationLifetime lifetime) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await health.WhenFatal.WaitAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            return;
        }

        lifetime.StopApplication();
    }
}
