using System.Globalization;
using System.Text;

namespace FactBot.Core.Posts;

/// <summary>
/// Control characters in record text: removed before storing, made visible before echoing. A record's text can hold
/// terminal escape sequences (ESC [ …) or bidi overrides; echoed raw to a console or log they would rewrite what the
/// operator sees, so every report or log line that quotes record text goes through <see cref="ForDisplay"/>.
/// </summary>
public static class SafeText
{
    /// <summary>How many chars of record text a report line shows by default.</summary>
    public const int DefaultDisplayChars = 500;

    /// <summary>
    /// <paramref name="value"/> without C0 controls (except line feed and tab), DEL and C1 controls; the value itself
    /// when it has none (the common case, no allocation).
    /// </summary>
    public static string StripControl(string value)
    {
        var first = IndexOfStripped(value);
        if (first < 0)
            return value;

        var result = new StringBuilder(value.Length);
        result.Append(value, 0, first);
        for (var i = first; i < value.Length; i++)
        {
            if (!IsStripped(value[i]))
                result.Append(value[i]);
        }

        return result.ToString();
    }

    /// <summary>Whether <paramref name="value"/> holds a character <see cref="StripControl"/> removes.</summary>
    public static bool HasControl(string value) => IndexOfStripped(value) >= 0;

    /// <summary>
    /// One printable line for a console or log: every control character (line breaks and tabs included) and bidi
    /// control shown as an escape (<c>\x1b</c>, <c>\n</c>, <c>\u202e</c>), cut to <paramref name="maxChars"/> with "…".
    /// </summary>
    public static string ForDisplay(string? value, int maxChars = DefaultDisplayChars)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxChars);
        if (string.IsNullOrEmpty(value))
            return "";

        var text = new StringBuilder(Math.Min(value.Length, maxChars) + 16);
        var shown = 0;
        for (var i = 0; i < value.Length; i++)
        {
            if (shown >= maxChars)
            {
                text.Append('…');
                break;
            }

            var c = value[i];
            shown++;
            switch (c)
            {
                case '\n': text.Append("\\n"); break;
                case '\r': text.Append("\\r"); break;
                case '\t': text.Append("\\t"); break;
                case < ' ' or '\u007f':
                    text.Append("\\x").Append(((int)c).ToString("x2", CultureInfo.InvariantCulture));
                    break;
                default:
                    if (IsInvisibleControl(c))
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                        text.Append(c).Append(value[++i]);
                    else if (char.IsSurrogate(c))
                        text.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else
                        text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    private static int IndexOfStripped(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (IsStripped(value[i]))
                return i;
        }

        return -1;
    }

    private static bool IsStripped(char c) =>
        c is (< ' ' and not '\n' and not '\t') or (>= '\u007f' and <= '\u009f');

    // C1 controls, and the bidi embeddings/overrides/isolates that reorder what follows them on screen.
    private static bool IsInvisibleControl(char c) =>
        c is (>= '\u0080' and <= '\u009f') or (>= '\u202a' and <= '\u202e') or (>= '\u2066' and <= '\u2069')
            or '\u200e' or '\u200f' or '\u061c';
}
