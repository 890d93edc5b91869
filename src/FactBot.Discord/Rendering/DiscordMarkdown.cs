using System.Text;

namespace FactBot.Discord.Rendering;

/// <summary>
/// Escapes Discord markdown in user-visible text, so a caption such as <c>**free** _speech_</c> shows as typed and a
/// masked link cannot be smuggled in. (Mentions are handled by <c>allowed_mentions</c>, not here.)
/// </summary>
internal static class DiscordMarkdown
{
    // [ stops masked links, < stops mention and timestamp syntax; the rest are emphasis, code and spoilers.
    private const string Special = "\\*_~`|[]<";

    public static string Escape(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        foreach (var c in text)
        {
            // Headings, quotes and lists only count at the start of a line.
            if (Special.Contains(c, StringComparison.Ordinal) || (lineStart && c is '#' or '-' or '>'))
                builder.Append('\\');
            builder.Append(c);
            lineStart = c == '\n';
        }

        return builder.ToString();
    }

    /// <summary>A link is kept as is when it is one plain http(s) URL; anything else is escaped text.</summary>
    public static string Link(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            && !link.Any(char.IsWhiteSpace) && !link.Contains(')', StringComparison.Ordinal)
            ? link
            : Escape(link);
}
