using System.Text;

namespace FactBot.Telegram.Rendering;

/// <summary>
/// Escaping for Telegram's HTML parse mode. Telegram recognises only <c>&amp;lt; &amp;gt; &amp;amp; &amp;quot;</c>, so
/// every user string goes through <see cref="Escape"/>; attribute values (link targets) also escape the quote.
/// </summary>
internal static class TelegramHtml
{
    public static string Escape(string text) => Escape(text, attribute: false);

    public static string EscapeAttribute(string text) => Escape(text, attribute: true);

    private static string Escape(string text, bool attribute)
    {
        if (text.AsSpan().IndexOfAny(attribute ? "&<>\"" : "&<>") < 0)
            return text;
        var html = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                '"' when attribute => html.Append("&quot;"),
                _ => html.Append(c),
            };
        }

        return html.ToString();
    }
}
