using FactBot.Core.Delivery;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>Delivers what is due in the outbox.</summary>
[DisallowConcurrentExecution]
internal sealed class OutboxSweepJob(OutboxDispatcher dispatcher) : IJob
{
    public static readonly JobKey Key = new("outbox-sweep");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct) => await dispatcher.SweepAsync(ct);
}
