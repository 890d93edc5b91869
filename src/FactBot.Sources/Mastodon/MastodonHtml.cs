using System.Net;
using System.Text;

namespace FactBot.Sources.Mastodon;

/// <summary>
/// Turns a status's sanitised HTML into the plain text detectors and chat messages use: <c>&lt;br&gt;</c> is a line
/// break, paragraphs and other blocks are separated by a blank line, every other tag is dropped (link text and
/// Mastodon's hidden URL parts are kept, so links read in full), entities are decoded after the tags are gone (so
/// an escaped <c>&amp;lt;b&amp;gt;</c> stays text), and HTML whitespace collapses as a browser would.
/// </summary>
internal static class MastodonHtml
{
    private const char LineBreak = '\n';
    private const string BlockBreak = "\n\n";

    private static readonly HashSet<string> Blocks = new(StringComparer.OrdinalIgnoreCase)
    {
        "p", "div", "blockquote", "pre", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    };

    // Their content is not text; the sanitiser removes them, but remote or future content may not be sanitised.
    private static readonly HashSet<string> Invisible = new(StringComparer.OrdinalIgnoreCase) { "script", "style", "template" };

    public static string ToText(string? html)
    {
        if (string.IsNullOrEmpty(html))
            return "";

        var output = new StringBuilder(html.Length);
        var run = new StringBuilder();
        string? hiddenUntil = null;
        var i = 0;
        while (i < html.Length)
        {
            if (html[i] != '<' || !TryReadTag(html, i, out var name, out var closing, out var next))
            {
                if (hiddenUntil is null)
                    run.Append(html[i]);
                i++;
                continue;
            }

            i = next;
            if (hiddenUntil is not null)
            {
                if (closing && name.Equals(hiddenUntil, StringComparison.OrdinalIgnoreCase))
                    hiddenUntil = null;
                continue;
            }

            Flush(run, output);
            if (!closing && Invisible.Contains(name))
                hiddenUntil = name;
            else if (name.Equals("br", StringComparison.OrdinalIgnoreCase))
                output.Append(LineBreak);
            else if (name.Equals("li", StringComparison.OrdinalIgnoreCase) && !closing)
                output.Append(LineBreak); // each item starts a line; the end of one is the start of the next
            else if (Blocks.Contains(name))
                output.Append(BlockBreak);
        }

        Flush(run, output);
        return Tidy(output.ToString());
    }

    /// <summary>
    /// Reads the tag starting at <paramref name="start"/> ('&lt;'). A '&lt;' not followed by a tag name, '/' or '!'
    /// is text ("a &lt; b" in unsanitised content). Comments and declarations come back with an empty name.
    /// </summary>
    private static bool TryReadTag(string html, int start, out string name, out bool closing, out int next)
    {
        name = "";
        closing = false;
        next = start;
        var i = start + 1;
        if (i >= html.Length)
            return false;

        if (html[i] == '!')
        {
            var commentEnd = html.StartsWith("<!--", StringComparison.Ordinal) ? html.IndexOf("-->", i, StringComparison.Ordinal) : -1;
            var end = commentEnd >= 0 ? commentEnd + 3 : html.IndexOf('>', i) + 1;
            next = end > 0 ? end : html.Length;
            return true;
        }

        if (html[i] == '/')
        {
            closing = true;
            i++;
        }

        var nameStart = i;
        while (i < html.Length && (char.IsAsciiLetterOrDigit(html[i]) || html[i] == '-'))
            i++;
        if (i == nameStart || !char.IsAsciiLetter(html[nameStart]))
            return false;
        name = html[nameStart..i];

        // Skip attributes; a '>' inside a quoted attribute value does not end the tag.
        char? quote = null;
        for (; i < html.Length; i++)
        {
            var c = html[i];
            if (quote is { } q)
            {
                if (c == q)
                    quote = null;
            }
            else if (c is '"' or '\'')
            {
                quote = c;
            }
            else if (c == '>')
            {
                next = i + 1;
                return true;
            }
        }

        next = html.Length;
        return true;
    }

    private static void Flush(StringBuilder run, StringBuilder output)
    {
        if (run.Length == 0)
            return;

        // Collapse HTML whitespace first, then decode, so an encoded &nbsp; or &#10; survives as written.
        var collapsed = new StringBuilder(run.Length);
        foreach (var c in run.ToString())
        {
            var isSpace = c is ' ' or '\t' or '\r' or '\n' or '\f';
            if (!isSpace)
                collapsed.Append(c);
            else if (collapsed.Length == 0 || collapsed[^1] != ' ')
                collapsed.Append(' ');
        }

        output.Append(WebUtility.HtmlDecode(collapsed.ToString()));
        run.Clear();
    }

    // Lines trimmed, at most one blank line in a row, none at either end.
    private static string Tidy(string text)
    {
        var result = new StringBuilder(text.Length);
        var blank = false;
        foreach (var raw in text.Split(LineBreak))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                blank = result.Length > 0;
                continue;
            }

            if (result.Length > 0)
                result.Append(blank ? BlockBreak : LineBreak.ToString());
            result.Append(line);
            blank = false;
        }

        return result.ToString();
    }
}
