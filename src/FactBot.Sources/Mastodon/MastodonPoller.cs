using FactBot.Core.Abstractions;
using FactBot.Core.Ingest;
using FactBot.Core.Results;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Polls every configured hashtag on every configured instance once, through the ingest pipeline, so posts are
/// labelled, deduplicated across instances (by status <c>uri</c>), stored and detected, and each instance+hashtag
/// keeps the newest status id stored as its checkpoint. The worker calls <see cref="PollOnceAsync"/> from a job
/// every <see cref="MastodonOptions.PollInterval"/>; rate-limit waits are remembered between calls.
/// </summary>
public sealed partial class MastodonPoller(
    IHttpClientFactory httpClients,
    IngestPipeline pipeline,
    IWatchlistStore watchlists,
    IOptions<MastodonOptions> options,
    TimeProvider time,
    ILogger<MastodonPoller> logger)
{
    private const int MessagesInFailure = 3;
    private readonly MastodonRateGate _gate = new();

    /// <summary>
    /// One pass over all targets. Succeeds when at least one target was read (the others' errors are in the
    /// summary) or there was nothing to poll. When every target failed: RateLimited (the soonest wait) if all are
    /// waiting out a rate limit, the error itself if there was one target, otherwise Unavailable naming the first.
    /// </summary>
    public async Task<Result<MastodonPollSummary>> PollOnceAsync(CancellationToken ct = default)
    {
        var settings = options.Value;
        var instances = settings.Instances
            .Select(text => MastodonInstance.TryParse(text, out var instance) ? instance : null)
            .OfType<MastodonInstance>()
            .DistinctBy(instance => instance.Key)
            .ToList();
        var hashtags = instances.Count == 0 ? [] : await MastodonHashtags.ResolveAsync(settings, watchlists, ct);
        var client = new MastodonClient(httpClients.CreateClient(MastodonClient.HttpClientName), time);

        var outcomes = new List<MastodonTargetOutcome>();
        foreach (var instance in instances)
        {
            foreach (var hashtag in hashtags)
            {
                var source = new MastodonTagSource(instance, hashtag, client, _gate, settings, time);
                var ingested = await pipeline.RunAsync(source, new IngestRun(), ct);
                var outcome = new MastodonTargetOutcome(instance.Key, hashtag, source.Requests, ingested, source.Failure);
                outcomes.Add(outcome);
                if (outcome.Error is { } error)
                    LogFailed(logger, instance.Key, hashtag, error.Message);
                else if (ingested.Stored > 0 || ingested.Malformed > 0)
                    LogPolled(logger, instance.Key, hashtag, ingested.Stored, ingested.Duplicates, ingested.Malformed);
            }
        }

        return Summarise(new MastodonPollSummary(outcomes));
    }

    private static Result<MastodonPollSummary> Summarise(MastodonPollSummary summary)
    {
        var failures = summary.Failures;
        if (failures.Count == 0 || failures.Count < summary.Targets.Count)
            return summary;

        var messages = string.Join(" ", failures.Select(f => f.Error!.Message).Distinct(StringComparer.Ordinal).Take(MessagesInFailure));
        if (failures.All(f => f.Error is RateLimited))
        {
            var soonest = failures.Min(f => ((RateLimited)f.Error!).RetryAfter);
            return new RateLimited(soonest, $"Every Mastodon target is rate-limited. {messages}");
        }

        if (failures.Count == 1)
            return failures[0].Error!;

        return new Unavailable($"No Mastodon target could be polled. {messages}");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mastodon {Instance} #{Hashtag}: {Reason}")]
    private static partial void LogFailed(ILogger logger, string instance, string hashtag, string reason);

    [LoggerMessage(Level = LogLevel.Information,
        Message = "Mastodon {Instance} #{Hashtag}: {Stored} new, {Duplicates} already stored, {Malformed} skipped")]
    private static partial void LogPolled(ILogger logger, string instance, string hashtag, long stored, long duplicates, long malformed);
}
