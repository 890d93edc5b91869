using System.ComponentModel.DataAnnotations;

namespace FactBot.Telegram;

/// <summary>
/// The Telegram adapter, bound from section <c>Telegram</c> (env: <c>FACTBOT__Telegram__…</c>). Nothing is registered
/// unless <see cref="Token"/> is set, so the demo without tokens is unaffected.
/// </summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";

    /// <summary>The bot token from @BotFather (<c>123456:ABC…</c>). A secret: set it only through the environment
    /// (<c>FACTBOT__Telegram__Token</c>) or user secrets, never in a config file. It is never logged.</summary>
    [Required(ErrorMessage = "Telegram:Token must be set (FACTBOT__Telegram__Token, the token from @BotFather).")]
    [RegularExpression(@"^\d+:[A-Za-z0-9_-]+$", ErrorMessage = "Telegram:Token does not look like a bot token (digits, ':', then letters, digits, '_' or '-').")]
    public string Token { get; set; } = "";

    /// <summary>The Bot API server. Default Telegram's own; a local Bot API server or an emulator for tests.</summary>
    [Required(ErrorMessage = "Telegram:ApiBaseUrl must be set (default https://api.telegram.org).")]
    [Url(ErrorMessage = "Telegram:ApiBaseUrl must be an http(s) URL, e.g. https://api.telegram.org.")]
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary>How long one getUpdates call waits for updates (long polling). Default 25 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:00:50", ErrorMessage = "Telegram:PollTimeout must be between 0 and 50 seconds.")]
    public TimeSpan PollTimeout { get; set; } = TimeSpan.FromSeconds(25);

    /// <summary>Longest wait between retries after a polling error (e.g. 409: another process polls this token).
    /// Retries start at one second and double up to this. Default 1 minute.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Telegram:PollRetryMax must be between 1 second and 1 hour.")]
    public TimeSpan PollRetryMax { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Least time between two messages to one chat (Telegram: about one per second). Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Telegram:PerChatInterval must be between 0 and 1 minute.")]
    public TimeSpan PerChatInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Messages per minute to one group or channel (Telegram: at most 20). Default 20.</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:PerGroupPerMinute must be between 1 and 1000.")]
    public int PerGroupPerMinute { get; set; } = 20;

    /// <summary>Messages per second over all chats (Telegram: about 30). Default 30.</summary>
    [Range(1, 10_000, ErrorMessage = "Telegram:GlobalPerSecond must be between 1 and 10000.")]
    public int GlobalPerSecond { get; set; } = 30;

    /// <summary>How long an outbox send may wait for its turn. Longer waits return "rate limited" so the outbox
    /// reschedules the message instead of holding up the sweep. Default 1.5 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Telegram:MaxSendWait must be between 0 and 1 minute.")]
    public TimeSpan MaxSendWait { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>How long a command reply may wait for its turn (or for a 429's retry_after) before it is dropped.
    /// Replies do not go through the outbox: they answer someone now. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ErrorMessage = "Telegram:MaxReplyWait must be between 0 and 5 minutes.")]
    public TimeSpan MaxReplyWait { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a chat member's admin status (getChatMember) is trusted. Default 5 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00", ErrorMessage = "Telegram:AdminCacheDuration must be between 0 and 1 day.")]
    public TimeSpan AdminCacheDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Ingest posts of channels where the bot is an administrator as a source. Default true.</summary>
    public bool IngestChannelPosts { get; set; } = true;
}
