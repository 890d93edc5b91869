using FactBot.Core.Detection;
using FactBot.Worker.Health;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>Lets the detectors close finished bins on the live clock.</summary>
[DisallowConcurrentExecution]
internal sealed class BinCloseJob(DetectionEngine engine, Heartbeat heartbeat, TimeProvider time) : IJob
{
    public static readonly JobKey Key = new("bin-close");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        await engine.AdvanceAsync(time.GetUtcNow(), ct: ct);
        await heartbeat.BeatAsync(ct);
    }
}
