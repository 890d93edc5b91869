namespace FactBot.Core.Subscriptions;

/// <summary>A chat on a platform: a Discord channel, a Telegram group or DM, or the console.</summary>
public sealed record ChatRef(string Platform, string ChatId, string? ThreadId = null)
{
    public string Key => ThreadId is null ? $"{Platform}:{ChatId}" : $"{Platform}:{ChatId}:{ThreadId}";

    public override string ToString() => Key;

    public static ChatRef Console { get; } = new("console", "local");
}
