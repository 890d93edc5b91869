using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Posts;

public sealed class SafeTextTests
{
    [Fact]
    public void StripControl_NoControlCharacters_ReturnsTheSameString()
    {
        var text = "plain text\nwith a tab\tand émoji 😀";

        Assert.Same(text, SafeText.StripControl(text));
    }

    [Fact]
    public void StripControl_RemovesC0C1AndDelButKeepsNewlineAndTab()
    {
        Assert.Equal("ab\nc\td", SafeText.StripControl("a\u0000\u001bb\n\u007fc\t\u0085\u009fd\r"));
    }

    [Theory]
    [InlineData("\u001b[2J", @"\x1b[2J")]
    [InlineData("a\nb\r\tc", @"a\nb\r\tc")]
    [InlineData("\u009b31m", @"\u009b31m")]
    [InlineData("abc\u202Etxt.exe", @"abc\u202etxt.exe")]
    [InlineData("\u0000\u007f", @"\x00\x7f")]
    [InlineData("ok 😀", "ok 😀")]
    [InlineData(null, "")]
    public void ForDisplay_ShowsEveryControlCharacterAsAnEscape(string? value, string expected)
    {
        Assert.Equal(expected, SafeText.ForDisplay(value));
    }

    [Fact]
    public void ForDisplay_LoneSurrogate_IsShownAsAnEscape()
    {
        // Built at run time: a lone surrogate does not survive an attribute's metadata.
        var value = "lone " + (char)0xD800 + " half";

        Assert.Equal(@"lone \ud800 half", SafeText.ForDisplay(value));
    }

    [Fact]
    public void ForDisplay_LongText_IsCutWithAnEllipsis()
    {
        Assert.Equal("aaaaa…", SafeText.ForDisplay(new string('a', 50), maxChars: 5));
    }
}
