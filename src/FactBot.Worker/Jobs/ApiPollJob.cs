using FactBot.Sources.Mastodon;
using FactBot.Sources.TikTok;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Jobs;

/// <summary>Polls the live APIs that are configured (TikTok Research API, Mastodon); each failure is a value, logged.</summary>
[DisallowConcurrentExecution]
internal sealed partial class ApiPollJob(IServiceProvider services, IOptions<MastodonOptions> mastodon, ILogger<ApiPollJob> logger) : IJob
{
    public static readonly JobKey Key = new("api-poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken ct)
    {
        if (services.GetService<TikTokPoller>() is { } tiktok && await tiktok.PollOnceAsync(ct) is { IsSuccess: false } tiktokFailed)
            LogPollFailed(logger, "TikTok Research API", tiktokFailed.Error.Message);
        if (mastodon.Value.IsConfigured && await services.GetRequiredService<MastodonPoller>().PollOnceAsync(ct) is { IsSuccess: false } mastodonFailed)
            LogPollFailed(logger, "Mastodon", mastodonFailed.Error.Message);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Source} poll did not complete: {Reason}")]
    private static partial void LogPollFailed(ILogger logger, string source, string reason);
}
