using FactBot.Sources.TikTok;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>TikTok's terms: re-check stored TikTok data within 15 days and delete what vanished.</summary>
[DisallowConcurrentExecution]
internal sealed partial class TikTokRefreshJob(IServiceProvider services, ILogger<TikTokRefreshJob> logger) : IJob
{
    public static readonly JobKey Key = new("tiktok-refresh");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (services.GetService<TikTokRefresher>() is { } refresher && await refresher.RefreshAsync(ct) is { IsSuccess: false } failed)
            LogRefreshFailed(logger, failed.Error.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "TikTok refresh did not complete: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}
