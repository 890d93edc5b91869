using FactBot.Core.Ingest;
using FactBot.Core.Results;

namespace FactBot.Sources.Mastodon;

/// <summary>What one poll did for one hashtag on one instance.</summary>
/// <param name="Instance">The instance key, e.g. <c>mastodon.social</c>.</param>
/// <param name="Hashtag">Without '#'.</param>
/// <param name="Requests">HTTP requests made (0 when the instance was waiting out its rate limit).</param>
/// <param name="Ingested">Statuses read, stored, already stored (seen on another instance) and skipped.</param>
/// <param name="Error">Why reading stopped early (RateLimited, Unavailable, Forbidden), or null.</param>
public sealed record MastodonTargetOutcome(string Instance, string Hashtag, int Requests, IngestResult Ingested, Error? Error)
{
    public bool IsSuccess => Error is null;
}
