using FactBot.Discord.Rendering;

namespace FactBot.Discord.Tests.Rendering;

public sealed class TextChunksTests
{
    [Fact]
    public void Split_NeverCutsAnEscapeApart()
    {
        var text = new string('a', 9) + "\\*" + new string('b', 20);

        var chunks = TextChunks.Split(text, 10);

        Assert.All(chunks, c => Assert.False(c.EndsWith('\\')));
        Assert.Equal(text, string.Concat(chunks));
    }

    [Fact]
    public void Split_PrefersLineBreaks()
    {
        var chunks = TextChunks.Split("first line\nsecond line", 15);

        Assert.Equal(["first line", "second line"], chunks);
    }
}
