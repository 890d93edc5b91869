namespace FactBot.Sources.Mastodon;

/// <summary>One hashtag-timeline response.</summary>
/// <param name="Statuses">Oldest first (Mastodon sends newest first; checkpoints need the newest last).</param>
/// <param name="Newer">The <c>rel="prev"</c> link: the page of statuses newer than these, or null.</param>
/// <param name="RateLimit">What the instance said about its rate-limit window.</param>
internal sealed record MastodonPage(IReadOnlyList<MastodonStatus> Statuses, Uri? Newer, MastodonRateLimit RateLimit);
