using System.Text;
using System.Text.RegularExpressions;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// Brings a caption to the form two copy-pasted captions share: NFKC, lower-case, no links or @mentions, no emoji
/// variation selectors or zero-width joiners, punctuation and whitespace collapsed to single spaces. Captions that
/// differ only in spacing or punctuation then hash alike (tiktok_csbn split such copies into different objects).
/// </summary>
internal static partial class CaptionNormalizer
{
    public static string Normalize(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";

        var value = text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
        value = UrlPattern().Replace(value, " ");
        value = MentionPattern().Replace(value, " ");

        var builder = new StringBuilder(value.Length);
        var pendingSpace = false;
        foreach (var rune in value.EnumerateRunes())
        {
            if (IsInvisible(rune))
                continue;

            if (Rune.IsWhiteSpace(rune) || Rune.IsPunctuation(rune) || Rune.IsControl(rune))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(rune.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// <see cref="Normalize(string?)"/> without allocating for the common case: plain ASCII text with no link or
    /// @mention is normalised into <paramref name="scratch"/> (at least as long as the text); anything else takes the
    /// full path. The two give identical results (NFKC and the invisible characters do not touch ASCII).
    /// </summary>
    public static ReadOnlySpan<char> Normalize(string? text, Span<char> scratch)
    {
        if (string.IsNullOrEmpty(text))
            return [];
        if (!Ascii.IsValid(text) || text.Contains('@', StringComparison.Ordinal)
            || text.Contains("http", StringComparison.OrdinalIgnoreCase) || text.Contains("www.", StringComparison.OrdinalIgnoreCase))
            return Normalize(text);

        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsControl(c))
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                scratch[length++] = ' ';
                pendingSpace = false;
            }

            scratch[length++] = char.ToLowerInvariant(c);
        }

        return scratch[..length];
    }

    /// <summary>Words with at least one letter or digit: emoji alone do not make a caption specific.</summary>
    public static int WordCount(ReadOnlySpan<char> normalized)
    {
        var count = 0;
        var counted = false;
        foreach (var rune in normalized.EnumerateRunes())
        {
            if (rune.Value == ' ')
                counted = false;
            else if (!counted && Rune.IsLetterOrDigit(rune))
            {
                counted = true;
                count++;
            }
        }

        return count;
    }

    // Variation selectors, zero-width characters and skin-tone modifiers change bytes, not what a reader sees.
    private static bool IsInvisible(Rune rune) => rune.Value switch
    {
        >= 0xFE00 and <= 0xFE0F => true,
        >= 0xE0100 and <= 0xE01EF => true,
        >= 0x200B and <= 0x200D => true,
        0x2060 or 0xFEFF or 0x00AD => true,
        >= 0x1F3FB and <= 0x1F3FF => true,
        _ => false,
    };

    [GeneratedRegex(@"(?:https?://|www\.)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"@[\p{L}\p{N}_.]+", RegexOptions.CultureInvariant)]
    private static partial Regex MentionPattern();
}
