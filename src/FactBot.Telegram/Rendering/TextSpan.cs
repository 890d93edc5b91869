namespace FactBot.Telegram.Rendering;

/// <summary>A run of plain (unescaped) text with one style; <see cref="Url"/> only for links.</summary>
internal readonly record struct TextSpan(string Text, SpanStyle Style = SpanStyle.Plain, string? Url = null)
{
    public string ToHtml()
    {
        var text = TelegramHtml.Escape(Text);
        return Style switch
        {
            SpanStyle.Bold => $"<b>{text}</b>",
            SpanStyle.Italic => $"<i>{text}</i>",
            SpanStyle.Link => $"<a href=\"{TelegramHtml.EscapeAttribute(Url ?? Text)}\">{text}</a>",
            _ => text,
        };
    }
}
