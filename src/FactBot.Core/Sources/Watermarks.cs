namespace FactBot.Core.Sources;

/// <summary>Shared rules for <see cref="SourceItem.CompleteThrough"/>.</summary>
public static class Watermarks
{
    /// <summary>
    /// How far behind its poll a live feed counts itself complete: a post written in the last moments before a poll
    /// (or federated from another Mastodon server) may show up only in the next one.
    /// </summary>
    public static readonly TimeSpan LiveDelay = TimeSpan.FromMinutes(1);

    /// <summary>The item that says a source's data is complete up to <paramref name="through"/>, at <paramref name="position"/>.</summary>
    public static SourceItem Complete(string position, DateTimeOffset through) =>
        SourceItem.Progress(position) with { CompleteThrough = through };
}
