using FactBot.Core.Alerts;
using FactBot.Core.Audit;
using FactBot.Core.Labels;
using FactBot.Core.Messages;
using FactBot.Core.Posts;
using FactBot.Core.Sources;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Storage.Tests.Mapping;

/// <summary>
/// Each record twice: <c>Full*</c> sets every field to a non-default value (checked by
/// <see cref="RecordAssert.FullyPopulated"/>), <c>Minimal*</c> only the required ones. Times carry sub-millisecond
/// ticks, which BSON dates would lose.
/// </summary>
internal static class Samples
{
    public static readonly DateTimeOffset T0 = new DateTimeOffset(2022, 3, 1, 12, 0, 0, TimeSpan.Zero).AddTicks(1_234_567);

    public static AccountLabel FullLabel => new()
    {
        Platform = "tiktok",
        Handle = "rt_news",
        Category = LabelCategory.Diplomat,
        Country = "RU",
        Source = "asd-state-media-matrix@d878fee",
        EvidenceUrl = "https://example.org/evidence/rt",
        Outlet = "RT",
        ValidFrom = T0.AddDays(-30),
        ValidTo = T0.AddDays(30),
    };

    public static AccountLabel MinimalLabel => new()
    {
        Platform = "mastodon", Handle = "someone@example.social", Category = LabelCategory.StateControlled, Source = "admin:alice",
    };

    public static Post FullPost => new()
    {
        Platform = "tiktok",
        Source = "tiktok-research",
        PlatformPostId = "7234567890123456789",
        Url = "https://www.tiktok.com/@rt_news/video/7234567890123456789",
        AuthorKey = "rt_news",
        AuthorHandle = "rt_news",
        AuthorDisplayName = "RT News",
        CreatedAt = T0,
        ObservedAt = T0.AddMinutes(3),
        Text = "Großes Ereignis #Wahl2024 — \"quoted\" \u00e9\U0001F600",
        Language = "de",
        Hashtags = ["wahl2024", "news"],
        SoundId = "6999000111222333444",
        SoundTitle = "original sound - rt_news",
        MediaFingerprints = ["phash:ab12cd34", "md5:0011"],
        RegionCode = "DE",
        Views = 9_007_199_254_740_993,
        Likes = 0,
        Shares = 12,
        Comments = 3,
        ReplyToKey = "tiktok:1",
        RepostOfKey = "tiktok:2",
        Transcript = "hello world",
        AuthorLabel = FullLabel,
        RawJson = """{"id":"7234567890123456789","nested":{"a":[1,2]}}""",
    };

    public static Post MinimalPost => new()
    {
        Platform = "mastodon",
        Source = "import:jsonl",
        PlatformPostId = "109",
        AuthorKey = "1",
        AuthorHandle = "someone",
        CreatedAt = T0,
    };

    public static Alert FullAlert => new()
    {
        Id = "A-7K2F",
        Kind = AlertKind.Coordination,
        Target = new WatchTarget(TargetKind.Sound, "6999000111222333444") { Platforms = ["tiktok", "instagram"] },
        Watchlist = "elections",
        Watchlists = ["elections", "main"],
        GroupKey = "g:3f2a",
        OpenedAt = T0,
        UpdatedAt = T0.AddMinutes(20),
        ClosedAt = T0.AddHours(7),
        WindowStart = T0.AddMinutes(-60),
        WindowEnd = T0.AddMinutes(15),
        Status = AlertStatus.Updated,
        Severity = Severity.Critical,
        Confidence = 0.87,
        Signals = new Dictionary<string, double> { ["count"] = 42, ["p"] = 1.5e-12, ["ratio"] = 3.4, ["weird.key $x"] = -0.0 },
        Evidence = new AlertEvidence
        {
            PostKeys = ["tiktok:1", "tiktok:2"],
            Accounts = ["a", "b", "c"],
            LabelledAccounts = ["rt_news (state-controlled, asd)"],
            Objects = ["sound:6999000111222333444"],
            Links = ["https://example.org/1"],
        },
        Explanation = "12 accounts posted the same sound within 60 s.",
        Revision = 3,
        ReopenCount = 2,
        LateBy = TimeSpan.FromHours(51),
        Verdicts = new VerdictTally(1, 2, 3, 4),
    };

    public static Alert MinimalAlert => new()
    {
        Id = "A-0000",
        Kind = AlertKind.VolumeSurge,
        Target = new WatchTarget(TargetKind.Hashtag, "wahl2024"),
        OpenedAt = T0,
        UpdatedAt = T0,
        WindowStart = T0,
        WindowEnd = T0.AddMinutes(15),
        Severity = Severity.Low,
        Explanation = "",
    };

    public static Watchlist FullWatchlist => new()
    {
        Name = "elections",
        Targets =
        [
            new WatchTarget(TargetKind.Hashtag, "wahl2024") { Platforms = ["tiktok", "mastodon"] },
            new WatchTarget(TargetKind.Sound, "123") { Platforms = ["tiktok"] },
            new WatchTarget(TargetKind.Keyword, "ballot fraud") { Platforms = ["telegram"] },
        ],
        Thresholds = new DetectorThresholds { Floor = 5, MinRatio = 1.5, FamilyAlpha = 0.01 },
        OwnerChat = "telegram:-100123",
    };

    public static Watchlist MinimalWatchlist => new() { Name = Watchlist.MainName };

    public static Subscription FullSubscription => new()
    {
        Chat = new ChatRef("discord", "123456789012345678", "987654321098765432"),
        Watchlist = "elections",
        Mode = SubscriptionMode.Digest,
        Schedule = "0 30 8 ? * MON-FRI",
        TimeZone = "Europe/Berlin",
        Quiet = new QuietHours(new TimeOnly(22, 0, 0, 123), new TimeOnly(7, 30)),
        MinSeverity = Severity.High,
        CriticalBypassesQuiet = false,
        SendEmptyDigest = true,
        IsDirectMessage = true,
        SuspendedReason = "bot was removed from the channel",
        LastDigestAt = T0.AddDays(-1),
        CreatedAt = T0.AddDays(-10),
        CreatedBy = "discord:42 (alice)",
    };

    public static Subscription MinimalSubscription => new() { Chat = ChatRef.Console };

    public static OutboxMessage FullOutbox => new()
    {
        Id = "alert:A-7K2F:r2:telegram:-100",
        Chat = new ChatRef("telegram", "-100", "7"),
        Kind = OutboxKind.AlertUpdate,
        Message = new ChatMessage
        {
            Title = "Coordinated posting on sound:123 · A-7K2F",
            Summary = "12 accounts <b>posted</b> & more",
            Fields = [new ChatField("Posts", "42"), new ChatField("Accounts", "a, b", Inline: false)],
            Links = ["https://example.org/1", "https://example.org/2"],
            ChartPng = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0xFF],
            Buttons = [new ChatButton("organic", "verdict:A-7K2F:organic"), new ChatButton("unsure", "verdict:A-7K2F:unsure")],
            Footer = "Watchlist elections",
        },
        AlertId = "A-7K2F",
        SubscriptionId = "telegram:-100:7|elections",
        State = OutboxState.Retrying,
        Attempts = 2,
        CreatedAt = T0,
        DueAt = T0.AddSeconds(30),
        SentAt = T0.AddSeconds(1),
        LastError = "429 Too Many Requests",
        PlatformMessageId = "5551",
        EditsOutboxId = "alert:A-7K2F:r1:telegram:-100",
        RepliesToOutboxId = "alert:A-7K2F:telegram:-100",
        ReplyToPlatformMessageId = "text:41",
        UncertainAttempts = 1,
        FoldedInto = "digest:telegram:-100|main:1",
        RetriedFrom = T0.AddHours(2),
    };

    public static OutboxMessage MinimalOutbox => new()
    {
        Id = "reply:1",
        Chat = ChatRef.Console,
        Kind = OutboxKind.Reply,
        Message = new ChatMessage { Title = "hi" },
        CreatedAt = T0,
    };

    public static AuditEntry FullAudit => new()
    {
        At = T0,
        Actor = "telegram:12345 (alice)",
        Action = "watch add",
        Subject = "#wahl2024",
        Before = "[]",
        After = "[\"#wahl2024\"]",
        Chat = "telegram:-100",
    };

    public static AuditEntry MinimalAudit => new() { At = T0, Actor = "console", Action = "label remove", Subject = "tiktok:x" };

    public static SourceCheckpoint Checkpoint => new("file:demo.jsonl", "line:1042", T0) { NextAdvance = T0.AddMinutes(1), CompleteThrough = T0.AddHours(-2) };
}
