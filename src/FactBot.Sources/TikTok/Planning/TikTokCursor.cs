using System.Globalization;

namespace FactBot.Sources.TikTok.Planning;

/// <summary>
/// Where one query got to, and the source's position text:
/// <c>covered=20240105;window=20240105-20240111;search=735…;offset=200;skip=3;due=2024-01-11T06:00:00Z</c>.
/// <see cref="Covered"/> is the last day every window up to which is done; <see cref="Window"/>,
/// <see cref="SearchId"/> and <see cref="Offset"/> resume the window in progress (the page at
/// <see cref="Offset"/> minus its first <see cref="Skip"/> videos); <see cref="Due"/> is when a caught-up
/// query may be asked again.
/// </summary>
internal sealed record TikTokCursor(
    DateOnly? Covered = null,
    TikTokWindow? Window = null,
    string? SearchId = null,
    int Offset = 0,
    int Skip = 0,
    DateTimeOffset? Due = null)
{
    public static TikTokCursor Start { get; } = new();

    public string Format()
    {
        var parts = new List<string>();
        if (Covered is { } covered)
            parts.Add("covered=" + TikTokWindow.Format(covered));
        if (Window is { } window)
            parts.Add("window=" + window);
        if (SearchId is { Length: > 0 } search)
            parts.Add("search=" + search);
        if (Offset > 0)
            parts.Add("offset=" + Offset.ToString(CultureInfo.InvariantCulture));
        if (Skip > 0)
            parts.Add("skip=" + Skip.ToString(CultureInfo.InvariantCulture));
        if (Due is { } due)
            parts.Add("due=" + due.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
        return parts.Count == 0 ? "start" : string.Join(';', parts);
    }

    public override string ToString() => Format();

    /// <summary>Parses <see cref="Format"/>'s text; null when it is not ours (a stale or foreign checkpoint).</summary>
    public static TikTokCursor? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return null;
        if (text == "start")
            return Start;

        var cursor = Start;
        foreach (var part in text.Split(';'))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
                return null;
            var value = part[(eq + 1)..];
            cursor = part[..eq] switch
            {
                "covered" when TikTokWindow.ParseDay(value) is { } day => cursor with { Covered = day },
                "window" when TikTokWindow.Parse(value) is { } window => cursor with { Window = window },
                "search" when value.Length > 0 => cursor with { SearchId = value },
                "offset" when Number(value) is { } offset => cursor with { Offset = offset },
                "skip" when Number(value) is { } skip => cursor with { Skip = skip },
                "due" when DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var due)
                    => cursor with { Due = due.ToUniversalTime() },
                _ => null,
            };
            if (cursor is null)
                return null;
        }

        // Progress inside a window means nothing without the window.
        return cursor.Window is null && (cursor.Offset > 0 || cursor.Skip > 0 || cursor.SearchId is not null) ? null : cursor;
    }

    private static int? Number(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
}
