using FactBot.Core.Digests;
using FactBot.Worker.Scheduling;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>Sends one subscription's digest; its trigger (one per subscription) carries the subscription id.</summary>
[DisallowConcurrentExecution]
internal sealed class DigestJob(DigestService digests) : IJob
{
    public static readonly JobKey Key = new("digest");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (context.MergedJobDataMap.TryGetValue(DigestTriggers.SubscriptionKey, out var value) && value is string subscriptionId)
            await digests.SendAsync(subscriptionId, ct);
    }
}
