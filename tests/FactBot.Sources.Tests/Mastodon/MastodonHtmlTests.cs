using FactBot.Sources.Mastodon;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class MastodonHtmlTests
{
    [Theory]
    [InlineData("<p>one</p><p>two</p>", "one\n\ntwo")]
    [InlineData("<p>one<br>two<br />three</p>", "one\ntwo\nthree")]
    [InlineData("<p>a<br><br><br>b</p>", "a\n\nb")]
    [InlineData("<p>Fish &amp; chips &lt;3 &#8220;ok&#8221; &eacute;</p>", "Fish & chips <3 \u201cok\u201d \u00e9")]
    [InlineData("<p>plain   text\n  wrapped</p>", "plain text wrapped")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void ToText_Html_IsPlainText(string? html, string expected)
    {
        Assert.Equal(expected, MastodonHtml.ToText(html));
    }

    [Fact]
    public void ToText_LinkWithHiddenParts_KeepsTheWholeUrl()
    {
        const string html = "<p>see <a href=\"https://news.example/a/b\"><span class=\"invisible\">https://</span>"
            + "<span class=\"ellipsis\">news.example/a</span><span class=\"invisible\">/b</span></a></p>";

        Assert.Equal("see https://news.example/a/b", MastodonHtml.ToText(html));
    }

    [Fact]
    public void ToText_HashtagLink_KeepsTheHashSign()
    {
        const string html = "<p><a href=\"https://x.example/tags/donbas\" class=\"mention hashtag\" rel=\"tag\">#<span>donbas</span></a> now</p>";

        Assert.Equal("#donbas now", MastodonHtml.ToText(html));
    }

    [Fact]
    public void ToText_EscapedMarkup_StaysText()
    {
        Assert.Equal("<b>not bold</b>", MastodonHtml.ToText("<p>&lt;b&gt;not bold&lt;/b&gt;</p>"));
    }

    [Fact]
    public void ToText_QuotedGreaterThanInAttribute_DoesNotEndTheTag()
    {
        Assert.Equal("text", MastodonHtml.ToText("<a title=\"a > b\">text</a>"));
    }

    [Fact]
    public void ToText_ScriptAndComments_AreDropped()
    {
        Assert.Equal("before after", MastodonHtml.ToText("before <script>alert('x')</script><!-- note -->after"));
    }

    [Fact]
    public void ToText_LoneLessThan_IsText()
    {
        Assert.Equal("a < b", MastodonHtml.ToText("a < b"));
    }

    [Fact]
    public void ToText_ListItemsAndQuotes_AreOnTheirOwnLines()
    {
        Assert.Equal("intro\n\nquoted\n\none\ntwo", MastodonHtml.ToText("<p>intro</p><blockquote>quoted</blockquote><ul><li>one</li><li>two</li></ul>"));
    }
}
