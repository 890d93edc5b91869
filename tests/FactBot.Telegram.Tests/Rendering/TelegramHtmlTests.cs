using FactBot.Telegram.Rendering;

namespace FactBot.Telegram.Tests.Rendering;

public sealed class TelegramHtmlTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("<b>x</b>", "&lt;b&gt;x&lt;/b&gt;")]
    [InlineData("a & b", "a &amp; b")]
    [InlineData("&amp;", "&amp;amp;")]
    [InlineData("say \"hi\"", "say \"hi\"")]
    [InlineData("@everyone #tag", "@everyone #tag")]
    public void Escape_Text_EscapesOnlyWhatTelegramParses(string text, string expected) =>
        Assert.Equal(expected, TelegramHtml.Escape(text));

    [Fact]
    public void EscapeAttribute_Quote_IsEscapedToo() =>
        Assert.Equal("https://x.test/?a=1&amp;b=&quot;2&quot;&lt;", TelegramHtml.EscapeAttribute("https://x.test/?a=1&b=\"2\"<"));
}
