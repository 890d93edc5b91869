using FactBot.Core.Commands.Queries;

namespace FactBot.Core.Tests.Commands.Queries;

public sealed class DurationWordsTests
{
    [Theory]
    [InlineData("30m", "30m")]
    [InlineData("1h", "1h")]
    [InlineData("24h", "24h")]
    [InlineData("1d", "24h")]
    [InlineData("7d", "7d")]
    [InlineData("90m", "90m")]
    public void Of_ParsedDuration_ReadsAsTyped(string typed, string expected)
    {
        var span = Core.Commands.OptionParser.ParseDuration(typed)!.Value;

        Assert.Equal(expected, DurationWords.Of(span));
    }
}
