namespace FactBot.Sources.Labels;

/// <summary>Platform names used on labels; they match <c>Post.Platform</c> where FactBot reads that platform.</summary>
public static class LabelPlatforms
{
    public const string TikTok = "tiktok";
    public const string Telegram = "telegram";
    public const string Twitter = "twitter";
    public const string Instagram = "instagram";
    public const string Facebook = "facebook";
    public const string YouTube = "youtube";
    public const string Vk = "vk";
    public const string OkRu = "okru";
    public const string Rutube = "rutube";
    public const string LinkedIn = "linkedin";

    /// <summary>
    /// The platform a state-media-matrix column holds links for, by header name, or null for other columns.
    /// Headers vary across versions ("Twitter Link", "Twitter", "X Link", "Ok.ru link", "TikTok").
    /// </summary>
    public static string? FromMatrixColumn(string header)
    {
        var name = header.Trim().ToLowerInvariant();
        if (name.EndsWith(" link", StringComparison.Ordinal))
            name = name[..^" link".Length].TrimEnd();
        return name.Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal) switch
        {
            "tiktok" => TikTok,
            "telegram" => Telegram,
            "twitter" or "x" or "twitter/x" or "x/twitter" => Twitter,
            "instagram" => Instagram,
            "facebook" => Facebook,
            "youtube" => YouTube,
            "vk" or "vkontakte" => Vk,
            "okru" or "odnoklassniki" => OkRu,
            "rutube" => Rutube,
            "linkedin" => LinkedIn,
            _ => null,
        };
    }
}
