using FactBot.Core.Alerts;

namespace FactBot.Core.Subscriptions;

/// <summary>A chat's wish to receive alerts and/or digests for some watchlists.</summary>
public sealed record Subscription
{
    /// <summary>Stable id: chat key and watchlist.</summary>
    public string Id => $"{Chat.Key}|{Watchlist}";

    public required ChatRef Chat { get; init; }

    public string Watchlist { get; init; } = Watchlists.Watchlist.MainName;

    public SubscriptionMode Mode { get; init; } = SubscriptionMode.Both;

    /// <summary>Quartz cron expression for digests, evaluated in <see cref="TimeZone"/>.</summary>
    public string Schedule { get; init; } = "0 0 9 * * ?";

    /// <summary>IANA time zone id.</summary>
    public string TimeZone { get; init; } = "UTC";

    public QuietHours? Quiet { get; init; }

    public Severity MinSeverity { get; init; } = Severity.Low;

    /// <summary>Critical alerts go through even in quiet hours.</summary>
    public bool CriticalBypassesQuiet { get; init; } = true;

    /// <summary>Send a digest even when nothing happened.</summary>
    public bool SendEmptyDigest { get; init; }

    public bool IsDirectMessage { get; init; }

    /// <summary>Set when the platform refused for good (bot removed); delivery stops until re-activated.</summary>
    public string? SuspendedReason { get; init; }

    public DateTimeOffset? LastDigestAt { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public string? CreatedBy { get; init; }
}
