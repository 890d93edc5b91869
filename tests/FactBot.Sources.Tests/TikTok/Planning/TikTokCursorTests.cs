using FactBot.Sources.TikTok.Planning;

namespace FactBot.Sources.Tests.TikTok.Planning;

public sealed class TikTokCursorTests
{
    [Fact]
    public void Parse_Format_RoundTrips()
    {
        var sut = new TikTokCursor(
            new DateOnly(2024, 1, 5),
            new TikTokWindow(new DateOnly(2024, 1, 5), new DateOnly(2024, 1, 11)),
            "7354367454467855403",
            200,
            3,
            new DateTimeOffset(2024, 1, 11, 6, 0, 0, TimeSpan.Zero));

        var text = sut.Format();

        Assert.Equal("covered=20240105;window=20240105-20240111;search=7354367454467855403;offset=200;skip=3;due=2024-01-11T06:00:00Z", text);
        Assert.Equal(sut, TikTokCursor.Parse(text));
    }

    [Fact]
    public void Parse_Start_IsTheEmptyCursor()
    {
        Assert.Equal(TikTokCursor.Start, TikTokCursor.Parse(TikTokCursor.Start.Format()));
    }

    [Theory]
    [InlineData("page-001.json#page1")]
    [InlineData("offset=100")]
    [InlineData("window=20240111-20240105")]
    [InlineData("colour=blue")]
    public void Parse_NotOurs_IsNull(string text)
    {
        Assert.Null(TikTokCursor.Parse(text));
    }
}
