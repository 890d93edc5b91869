using System.Net;
using System.Text.Json;
using FactBot.Core.Results;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Fetches one page of a hashtag timeline and turns every expected failure into a value: 429 → RateLimited
/// (until <c>X-RateLimit-Reset</c>), 404 → NotFound (the instance does not know the tag), 401/403 → Forbidden
/// (public timelines are closed to anonymous readers), 5xx, timeouts and garbage → Unavailable.
/// </summary>
internal sealed class MastodonClient(HttpClient http, TimeProvider time)
{
    /// <summary>The named <see cref="HttpClient"/> the poller asks the factory for.</summary>
    public const string HttpClientName = "FactBot.Mastodon";

    // Mastodon's window is 5 minutes; without a Reset header, waiting one whole window is always enough.
    private static readonly TimeSpan DefaultWait = TimeSpan.FromMinutes(5);

    private static readonly JsonDocumentOptions DocumentOptions = new() { AllowTrailingCommas = true };

    public async Task<Result<MastodonPage>> GetPageAsync(MastodonInstance instance, string hashtag, Uri url, CancellationToken ct)
    {
        HttpResponseMessage response;
        try
        {
            response = await http.GetAsync(url, HttpCompletionOption.ResponseContentRead, ct);
        }
        catch (HttpRequestException ex)
        {
            return new Unavailable($"{instance}: cannot reach the instance ({ex.Message}).");
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return new Unavailable($"{instance}: no answer within the request timeout.");
        }

        using (response)
        {
            var rateLimit = MastodonRateLimit.From(response.Headers);
            if (Failure(instance, hashtag, response, rateLimit) is { } error)
                return error;

            string body;
            try
            {
                body = await response.Content.ReadAsStringAsync(ct);
            }
            catch (HttpRequestException ex)
            {
                return new Unavailable($"{instance}: the answer broke off ({ex.Message}).");
            }

            var newer = response.Headers.TryGetValues("Link", out var links) ? LinkHeader.Find(links, "prev", url) : null;
            return Parse(instance, hashtag, body, newer, rateLimit);
        }
    }

    private Error? Failure(MastodonInstance instance, string hashtag, HttpResponseMessage response, MastodonRateLimit rateLimit)
    {
        var status = (int)response.StatusCode;
        if (response.IsSuccessStatusCode)
            return null;

        return response.StatusCode switch
        {
            HttpStatusCode.TooManyRequests => new RateLimited(
                WaitFor(response, rateLimit), $"{instance}: rate limit reached (HTTP 429); waiting for the window to reset."),
            HttpStatusCode.NotFound => new NotFound($"{instance}: #{hashtag} is not known there (HTTP 404)."),
            HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden => new Forbidden(
                $"{instance}: hashtag timelines are not public there (HTTP {status}); remove it from Mastodon:Instances."),
            _ => new Unavailable($"{instance}: answered HTTP {status} {response.ReasonPhrase}."),
        };
    }

    private TimeSpan WaitFor(HttpResponseMessage response, MastodonRateLimit rateLimit)
    {
        var now = time.GetUtcNow();
        if (rateLimit.Reset is { } reset && reset > now)
            return reset - now;
        if (response.Headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta && delta > TimeSpan.Zero)
                return delta;
            if (retryAfter.Date is { } date && date > now)
                return date - now;
        }

        return DefaultWait;
    }

    private Result<MastodonPage> Parse(MastodonInstance instance, string hashtag, string body, Uri? newer, MastodonRateLimit rateLimit)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, DocumentOptions);
        }
        catch (JsonException ex)
        {
            return new Unavailable($"{instance}: #{hashtag} answered with something that is not JSON ({ex.Message}).");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
                return new Unavailable($"{instance}: #{hashtag} answered with a JSON {document.RootElement.ValueKind}, not a list of statuses.");

            var observedAt = time.GetUtcNow();
            var statuses = document.RootElement.EnumerateArray()
                .Select(status => new MastodonStatus(MastodonStatusMapper.Id(status), MastodonStatusMapper.Map(status, instance, observedAt)))
                .OrderBy(status => status.Id, StatusIdComparer.Instance)
                .ToList();
            return new MastodonPage(statuses, newer, rateLimit);
        }
    }
}
