using FactBot.Core.Commands.Queries;

namespace FactBot.Core.Tests.Commands.Queries;

public sealed class SnippetTests
{
    [Fact]
    public void Of_LongText_CutsAtAWordWithAnEllipsis()
    {
        var sut = Snippet.Of("one two three four five six", 14);

        Assert.Equal("one two three…", sut);
    }

    [Fact]
    public void Of_WhitespaceAndLines_AreCollapsed()
    {
        Assert.Equal("a b c", Snippet.Of("  a\n\tb   c ", 50));
        Assert.Equal("", Snippet.Of(null, 50));
    }

    [Fact]
    public void Of_OneLongWord_IsCutInsideIt()
    {
        var sut = Snippet.Of("see https://example.org/a/very/long/path/that/goes/on", 20);

        Assert.Equal("see https://example.…", sut);
    }
}
