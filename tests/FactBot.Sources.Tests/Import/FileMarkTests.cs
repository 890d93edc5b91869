using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Import;

public sealed class FileMarkTests
{
    [Fact]
    public void ToString_TryParse_RoundTrips()
    {
        var mark = new FileMark(150, 48213, "9f86d081884c7d65", FileMark.HeadBytes);

        Assert.Equal("150@48213#9f86d081884c7d65", mark.ToString());
        Assert.True(FileMark.TryParse(mark.ToString(), out var parsed));
        Assert.Equal(mark, parsed);
    }

    [Fact]
    public void ToString_HashedBeyondTheOffset_WritesTheHashedLength()
    {
        var mark = new FileMark(2, 100, "9f86d081884c7d65", 250);

        Assert.Equal("2@100#9f86d081884c7d65/250", mark.ToString());
        Assert.True(FileMark.TryParse(mark.ToString(), out var parsed));
        Assert.Equal(mark, parsed);
    }

    [Theory]
    [InlineData("150")]
    [InlineData("page.json#page1")]
    [InlineData("1@x#9f86d081884c7d65")]
    [InlineData("1@2#short")]
    [InlineData("")]
    public void TryParse_SomethingElse_IsFalse(string text)
    {
        Assert.False(FileMark.TryParse(text, out _));
    }

    [Fact]
    public void LineResume_BareLineNumber_IsAnOldPositionReadByCount()
    {
        var resume = LineResume.Parse("50", "JSONL");

        Assert.Null(resume.Mark);
        Assert.Equal(50, resume.LegacyLine);
    }
}
