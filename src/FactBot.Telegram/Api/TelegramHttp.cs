namespace FactBot.Telegram.Api;

/// <summary>The named HttpClient every Telegram call goes through (tests swap its handler).</summary>
internal static class TelegramHttp
{
    public const string ClientName = "FactBot.Telegram";

    /// <summary>Long polls hold a request open for the poll timeout; the client must wait longer than that.</summary>
    public static readonly TimeSpan ExtraTimeout = TimeSpan.FromSeconds(30);
}
