namespace FactBot.Core.Labels;

/// <summary>
/// A curated label on one account. Labels come from lists and admins, never from the platform, so each
/// carries its source (with version) and evidence.
/// </summary>
public sealed record AccountLabel
{
    public required string Platform { get; init; }

    /// <summary>Normalised handle: lower-case, no '@'. Joined against <c>Post.AuthorHandle</c>.</summary>
    public required string Handle { get; init; }

    public required LabelCategory Category { get; init; }

    /// <summary>ISO country code or name, as the list gives it.</summary>
    public string? Country { get; init; }

    /// <summary>Where the label came from, e.g. <c>asd-state-media-matrix@d878fee</c> or <c>admin:alice</c>.</summary>
    public required string Source { get; init; }

    public string? EvidenceUrl { get; init; }

    /// <summary>The outlet behind the account, when the list names one.</summary>
    public string? Outlet { get; init; }

    public DateTimeOffset? ValidFrom { get; init; }

    public DateTimeOffset? ValidTo { get; init; }

    public string Key => LabelKey.Of(Platform, Handle);
}
