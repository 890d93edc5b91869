using System.Net;
using System.Text.RegularExpressions;
using FactBot.Core.Messages;
using FactBot.Telegram.Rendering;

namespace FactBot.Telegram.Tests.Rendering;

public sealed partial class TelegramRendererTests
{
    [Fact]
    public void Render_UserStringsWithMarkup_AreEscapedEverywhere()
    {
        var message = new ChatMessage
        {
            Title = "<b>Alert</b> & @everyone",
            Summary = "x < y",
            Fields = [new ChatField("<i>field</i>", "a & b")],
            Links = ["https://t.me/s/<chan>?a=1&b=2", "javascript:alert(1)"],
            Footer = "</i>footer",
        };

        var html = Assert.Single(TelegramRenderer.Render(message)).Html;

        Assert.Equal(
            "<b>&lt;b&gt;Alert&lt;/b&gt; &amp; @everyone</b>\nx &lt; y\n\n<b>&lt;i&gt;field&lt;/i&gt;</b>: a &amp; b\n\n" +
            "<a href=\"https://t.me/s/&lt;chan&gt;?a=1&amp;b=2\">https://t.me/s/&lt;chan&gt;?a=1&amp;b=2</a>\njavascript:alert(1)\n\n<i>&lt;/i&gt;footer</i>",
            html);
        Assert.Equal(["b", "/b", "b", "/b", "a", "/a", "i", "/i"], Tags(html));
    }

    [Fact]
    public void Render_LongText_IsSplitAtLineBoundariesIntoChunksWithinTheLimit()
    {
        var lines = Enumerable.Range(0, 300).Select(i => $"line {i:000} " + new string('x', 30)).ToList();
        var message = new ChatMessage { Title = "Digest", Summary = string.Join("\n", lines) };

        var parts = TelegramRenderer.Render(message);

        Assert.True(parts.Count > 2);
        Assert.All(parts, p => Assert.InRange(Visible(p.Html).Length, 1, TelegramRenderer.TextLimit));
        Assert.All(parts, p => Assert.Null(p.Photo));
        Assert.Equal("Digest\n" + string.Join("\n", lines), string.Join("\n", parts.Select(p => Visible(p.Html))));
    }

    [Fact]
    public void Render_OneLineLongerThanTheLimit_IsCutAtSpacesWithTagsClosedInEveryChunk()
    {
        var words = string.Join(' ', Enumerable.Range(0, 2000).Select(i => $"w{i}<&>"));
        var message = new ChatMessage { Title = "T", Fields = [new ChatField("Accounts", words, Inline: false)] };

        var parts = TelegramRenderer.Render(message);

        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.InRange(Visible(p.Html).Length, 1, TelegramRenderer.TextLimit));
        Assert.All(parts, p => Assert.Equal(Tags(p.Html).Count(t => !t.StartsWith('/')), Tags(p.Html).Count(t => t.StartsWith('/'))));
        Assert.Equal("T\n\nAccounts", Visible(parts[0].Html));
        Assert.Equal(words, string.Join(" ", parts.Skip(1).Select(p => Visible(p.Html))));
    }

    [Fact]
    public void Render_EmojiAtTheCut_IsNotSplitInHalf()
    {
        var summary = new string('a', TelegramRenderer.TextLimit - 3) + "😀😀😀";
        var parts = TelegramRenderer.Render(new ChatMessage { Title = "T", Summary = summary });

        Assert.All(parts, p => Assert.False(HasLoneSurrogate(Visible(p.Html))));
        Assert.Equal("T" + summary, string.Concat(parts.Select(p => Visible(p.Html))));
    }

    [Fact]
    public void Render_WithChartAndShortText_IsOnePhotoWithTheWholeTextAsCaptionAndTheButtons()
    {
        var message = new ChatMessage
        {
            Title = "Volume surge on #donbas · A-7K2F",
            ChartPng = [1, 2, 3],
            Buttons = [new ChatButton("organic", "verdict:A-7K2F:organic"), new ChatButton("unsure", "verdict:A-7K2F:unsure")],
        };

        var part = Assert.Single(TelegramRenderer.Render(message));

        Assert.Equal([1, 2, 3], part.Photo);
        Assert.Equal("<b>Volume surge on #donbas · A-7K2F</b>", part.Html);
        var row = Assert.Single(part.Keyboard!.InlineKeyboard);
        Assert.Equal(["verdict:A-7K2F:organic", "verdict:A-7K2F:unsure"], row.Select(b => b.CallbackData));
    }

    [Fact]
    public void Render_WithChartAndLongText_KeepsTheCaptionWithin1024AndSendsTheRestAsTextWithTheButtonsLast()
    {
        var message = new ChatMessage
        {
            Title = "Alert",
            Summary = string.Join("\n", Enumerable.Range(0, 100).Select(i => $"evidence line {i}")),
            ChartPng = [9],
            Buttons = [new ChatButton("organic", "verdict:A-1:organic")],
        };

        var parts = TelegramRenderer.Render(message);

        Assert.NotNull(parts[0].Photo);
        Assert.InRange(Visible(parts[0].Html).Length, 1, TelegramRenderer.CaptionLimit);
        Assert.All(parts.Skip(1), p => Assert.Null(p.Photo));
        Assert.All(parts.SkipLast(1), p => Assert.Null(p.Keyboard));
        Assert.NotNull(parts[^1].Keyboard);
        Assert.Equal(Visible(string.Join("\n", TelegramRenderer.Blocks(message).Select(b => b.ToHtml()))), string.Join("\n", parts.Select(p => Visible(p.Html))));
    }

    [Fact]
    public void Render_ButtonWhoseCallbackDataIsOver64Bytes_IsLeftOut()
    {
        var message = new ChatMessage
        {
            Title = "T",
            Buttons = [new ChatButton("ok", "verdict:A-1:organic"), new ChatButton("long", "verdict:" + new string('é', 30))],
        };

        var keyboard = Assert.Single(TelegramRenderer.Render(message)).Keyboard!;

        Assert.Equal(["verdict:A-1:organic"], keyboard.InlineKeyboard.SelectMany(r => r).Select(b => b.CallbackData));
    }

    [Fact]
    public void RenderSingle_TooLong_IsCutWithAnEllipsisWithinTheLimit()
    {
        var message = new ChatMessage { Title = "T", Summary = string.Join("\n", Enumerable.Range(0, 200).Select(i => $"line {i}")) };

        var caption = TelegramRenderer.RenderSingle(message, TelegramRenderer.CaptionLimit);

        Assert.EndsWith("…", caption, StringComparison.Ordinal);
        Assert.InRange(Visible(caption).Length, 1000, TelegramRenderer.CaptionLimit);
    }

    /// <summary>What Telegram counts and shows: tags removed, entities decoded.</summary>
    private static string Visible(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, ""));

    private static List<string> Tags(string html) => [.. TagPattern().Matches(html).Select(m => m.Value.Trim('<', '>').Split(' ')[0])];

    private static bool HasLoneSurrogate(string text) =>
        text.Select((c, i) => char.IsHighSurrogate(c) ? i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1]) : char.IsLowSurrogate(c) && (i == 0 || !char.IsHighSurrogate(text[i - 1]))).Any(b => b);

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
