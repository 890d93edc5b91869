using FactBot.Core.Delivery;
using Microsoft.Extensions.Hosting;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>Sweeps the outbox every 100 ms, standing in for the worker's Quartz sweep job (which lives in the worker).</summary>
internal sealed class OutboxPump(OutboxDispatcher dispatcher) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
                await dispatcher.SweepAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}
