using System.Globalization;
using System.Text;

namespace FactBot.Core.Watchlists;

/// <summary>
/// What a target or an account handle may hold: a sane length, and no characters that make two different strings
/// look the same on screen (zero-width joiners and spaces, bidirectional controls such as the right-to-left
/// override): a watchlist holding <c>#don​bas</c> would never match <c>#donbas</c>, and nobody could see why.
/// </summary>
public static class TargetText
{
    /// <summary>Longest hashtag, keyword or handle accepted (TikTok's hashtags stop at 100 characters).</summary>
    public const int MaxLength = 100;

    /// <summary>Longest sound id accepted (TikTok's are 19 digits).</summary>
    public const int MaxSoundIdLength = 25;

    /// <summary>The first invisible or direction-changing character, named (e.g. "U+200B ZERO WIDTH SPACE"); null if none.</summary>
    public static string? Hidden(string text)
    {
        foreach (var rune in text.EnumerateRunes())
        {
            if (Name(rune.Value) is { } name)
                return $"U+{rune.Value:X4} {name}";
        }

        return null;
    }

    /// <summary>The text as it may be echoed back: hidden and control characters written as U+XXXX, at most 60 shown.</summary>
    public static string Shown(string? text)
    {
        var shown = new StringBuilder();
        foreach (var rune in (text ?? "").EnumerateRunes())
        {
            if (shown.Length >= 60)
                return shown.Append('…').ToString();
            if (Name(rune.Value) is not null || Rune.IsControl(rune))
                shown.Append(CultureInfo.InvariantCulture, $"<U+{rune.Value:X4}>");
            else
                shown.Append(rune.ToString());
        }

        return shown.ToString();
    }

    private static string? Name(int c) => c switch
    {
        0x200B => "ZERO WIDTH SPACE",
        0x200C => "ZERO WIDTH NON-JOINER",
        0x200D => "ZERO WIDTH JOINER",
        0x2060 => "WORD JOINER",
        0xFEFF => "ZERO WIDTH NO-BREAK SPACE",
        0x00AD => "SOFT HYPHEN",
        0x200E or 0x200F or 0x061C => "DIRECTION MARK",
        >= 0x202A and <= 0x202E => "BIDIRECTIONAL EMBEDDING OR OVERRIDE",
        >= 0x2066 and <= 0x2069 => "BIDIRECTIONAL ISOLATE",
        _ => null,
    };
}
