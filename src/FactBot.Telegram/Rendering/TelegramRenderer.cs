using FactBot.Core.Messages;
using Telegram.Bot.Types.ReplyMarkups;

namespace FactBot.Telegram.Rendering;

/// <summary>
/// Renders the neutral <see cref="ChatMessage"/> as Telegram HTML: every string escaped, text cut at 4,096 visible
/// characters, a chart sent as a photo whose caption keeps to 1,024 (the rest follows as text), buttons as an
/// inline keyboard on the last part.
/// </summary>
internal static class TelegramRenderer
{
    public const int TextLimit = 4096;
    public const int CaptionLimit = 1024;

    /// <param name="textLimit">Smaller limits split further, for a message Telegram still found too long.</param>
    public static IReadOnlyList<RenderedPart> Render(ChatMessage message, int textLimit = TextLimit, int captionLimit = CaptionLimit)
    {
        var keyboard = Keyboards.Of(message.Buttons);
        var chunker = new BlockChunker(Blocks(message));
        var parts = new List<RenderedPart>();
        if (message.ChartPng is { Length: > 0 } png)
            parts.Add(new RenderedPart(chunker.Next(captionLimit) ?? "", png));
        parts.AddRange(chunker.Rest(textLimit).Select(html => new RenderedPart(html)));
        if (parts.Count == 0)
            parts.Add(new RenderedPart(TelegramHtml.Escape(message.Title)));
        parts[^1] = parts[^1] with { Keyboard = keyboard };
        return parts;
    }

    /// <summary>One chunk of at most <paramref name="limit"/> characters, ending in "…" when the message is longer:
    /// an edit replaces one Telegram message, so an updated alert must fit in it.</summary>
    public static string RenderSingle(ChatMessage message, int limit)
    {
        var chunker = new BlockChunker(Blocks(message));
        var first = chunker.Next(limit - 1) ?? "";
        return chunker.HasMore ? first + "…" : first;
    }

    internal static IEnumerable<TextBlock> Blocks(ChatMessage message)
    {
        yield return TextBlock.Of(new TextSpan(message.Title, SpanStyle.Bold));
        if (!string.IsNullOrWhiteSpace(message.Summary))
        {
            foreach (var line in Lines(message.Summary))
                yield return TextBlock.Of(new TextSpan(line));
        }

        if (message.Fields.Count > 0)
        {
            yield return TextBlock.Blank;
            foreach (var field in message.Fields)
            {
                foreach (var block in Field(field))
                    yield return block;
            }
        }

        if (message.Links.Count > 0)
        {
            yield return TextBlock.Blank;
            foreach (var link in message.Links)
                yield return TextBlock.Of(IsWebLink(link) ? new TextSpan(link, SpanStyle.Link, link) : new TextSpan(link));
        }

        if (!string.IsNullOrWhiteSpace(message.Footer))
        {
            yield return TextBlock.Blank;
            foreach (var line in Lines(message.Footer))
                yield return TextBlock.Of(new TextSpan(line, SpanStyle.Italic));
        }
    }

    private static IEnumerable<TextBlock> Field(ChatField field)
    {
        var lines = Lines(field.Value);
        if (field.Inline && lines.Length <= 1)
        {
            yield return TextBlock.Of(new TextSpan(field.Name, SpanStyle.Bold), new TextSpan(": " + lines[0]));
            yield break;
        }

        yield return TextBlock.Of(new TextSpan(field.Name, SpanStyle.Bold));
        foreach (var line in lines)
            yield return TextBlock.Of(new TextSpan(line));
    }

    private static string[] Lines(string text) =>
        text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split('\n');

    // Only absolute web links become anchors; anything else is shown as the text it is.
    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
