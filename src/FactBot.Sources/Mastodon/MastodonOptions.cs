using System.ComponentModel.DataAnnotations;
using FactBot.Core.Posts;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Settings for polling Mastodon hashtag timelines (section <c>Mastodon</c>). Nothing is polled until at least
/// one instance is listed.
/// </summary>
public sealed class MastodonOptions : IValidatableObject
{
    public const string Section = "Mastodon";

    /// <summary>
    /// Instances to read, as <c>mastodon.social</c> or a base URL (<c>https://example.org</c>). A hashtag timeline
    /// only holds what that instance has seen through federation, so two or three large ones cover more; the same
    /// post seen on several is stored once (keyed by its <c>uri</c>).
    /// </summary>
    public List<string> Instances { get; set; } = [];

    /// <summary>Hashtags to poll (with or without <c>#</c>), in addition to the watchlists' when <see cref="HashtagsFromWatchlists"/> is on.</summary>
    public List<string> Hashtags { get; set; } = [];

    /// <summary>Also poll every hashtag target of every watchlist that applies to Mastodon. Default on.</summary>
    public bool HashtagsFromWatchlists { get; set; } = true;

    /// <summary>Statuses per request (<c>limit</c>); Mastodon serves at most 40. Default 40.</summary>
    [Range(1, 40)]
    public int PageSize { get; set; } = 40;

    /// <summary>How often the worker polls. Default 2 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>Pages read per instance and hashtag in one poll; the rest waits for the next poll. Default 10.</summary>
    [Range(1, 100)]
    public int MaxPagesPerPoll { get; set; } = 10;

    /// <summary>
    /// Requests left in the instance's rate-limit window (300 per 5 minutes by default) below which polling that
    /// instance stops until the window resets, leaving room for other clients on the same IP. Default 10.
    /// </summary>
    [Range(0, 300)]
    public int RateLimitReserve { get; set; } = 10;

    /// <summary>How long one request may take before the instance counts as unavailable. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Whether any instance is configured, i.e. whether the worker should schedule polling at all.</summary>
    public bool IsConfigured => Instances.Count > 0;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var instance in Instances)
        {
            if (!MastodonInstance.TryParse(instance, out _))
            {
                yield return new ValidationResult(
                    $"Mastodon:Instances has '{instance}', which is not a host name or an http(s) base URL. Write e.g. mastodon.social.",
                    [nameof(Instances)]);
            }
        }

        foreach (var tag in Hashtags)
        {
            var normalized = PostNormalizer.Hashtag(tag ?? "");
            if (normalized.Length == 0 || normalized.Any(char.IsWhiteSpace))
            {
                yield return new ValidationResult(
                    $"Mastodon:Hashtags has '{tag}', which is not a hashtag. Write e.g. donbas or #donbas.",
                    [nameof(Hashtags)]);
            }
        }
    }
}
