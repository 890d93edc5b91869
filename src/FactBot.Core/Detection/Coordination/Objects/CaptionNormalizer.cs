using System.Buffers;
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
    /// @mention is normalised into <paramref name="scratch"/> (at least as long as the text) by table lookup, counting
    /// words as it goes; anything else takes the full path. Both give identical results (NFKC and the invisible
    /// characters do not touch ASCII).
    /// </summary>
    public static ReadOnlySpan<char> Normalize(string? text, Span<char> scratch, out int words)
    {
        words = 0;
        if (string.IsNullOrEmpty(text))
            return [];
        if (text.AsSpan().ContainsAny(LinkOrMention))
            return FullPath(text, out words);

        var map = AsciiMap;
        var length = 0;
        var pendingSpace = false;
        var counted = false;
        foreach (var c in text)
        {
            if (c >= 128)
                return FullPath(text, out words);
            var mapped = map[c];
            if (mapped == '\0')
            {
                pendingSpace = length > 0;
                counted = false;
                continue;
            }

            if (pendingSpace)
            {
                scratch[length++] = ' ';
                pendingSpace = false;
            }

            scratch[length++] = mapped;
            if (!counted && char.IsAsciiLetterOrDigit(mapped))
            {
                counted = true;
                words++;
            }
        }

        return scratch[..length];
    }

    private static ReadOnlySpan<char> FullPath(string text, out int words)
    {
        var normalized = Normalize(text);
        words = WordCount(normalized);
        return normalized;
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

    // "http", "www." (any case) or '@': the text may hold a link or a mention, which only the full path removes.
    private static readonly SearchValues<string> LinkOrMention = SearchValues.Create(["http", "www.", "@"], StringComparison.OrdinalIgnoreCase);

    // Per ASCII character: NUL for a separator (white space, punctuation, control), else the lower-case character.
    private static readonly char[] AsciiMap = BuildAsciiMap();

    private static char[] BuildAsciiMap()
    {
        var map = new char[128];
        for (var c = (char)0; c < 128; c++)
            map[c] = char.IsWhiteSpace(c) || char.IsPunctuation(c) || char.IsControl(c) ? '\0' : char.ToLowerInvariant(c);
        return map;
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
