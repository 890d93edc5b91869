using FactBot.Core.Ingest;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactBot.Telegram.ChannelPosts;

/// <summary>Runs the ingest pipeline over the channel-post queue for as long as the host runs. Resume is off: the
/// worker has already rebuilt the detectors from stored posts at start-up, and a warm-up here would count them twice.</summary>
internal sealed partial class ChannelPostIngestService(
    IngestPipeline pipeline,
    ChannelPostQueue queue,
    TimeProvider time,
    ILogger<ChannelPostIngestService> logger) : BackgroundService
{
    private static readonly TimeSpan RestartDelay = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await pipeline.RunAsync(queue, new IngestRun { Resume = false }, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // A store or detector failure must not end channel ingest for the life of the process.
                LogFailed(logger, ex, RestartDelay.TotalSeconds);
                await Task.Delay(RestartDelay, time, stoppingToken);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Telegram channel-post ingest failed; restarting in {Seconds} s")]
    private static partial void LogFailed(ILogger logger, Exception exception, double seconds);
}
