using FactBot.Core.Commands;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Tests.Commands;

public sealed class TextCommandParserTests
{
    private static readonly CommandCaller Caller = new("console", "op", "operator");

    private static Result<CommandRequest>? Parse(string text, string? bot = null) =>
        TextCommandParser.Parse(text, Caller, ChatRef.Console, isDirectMessage: false, bot);

    [Fact]
    public void Parse_GroupCommandWithPositionalAndNamed_FillsOptionsByCatalogOrder()
    {
        var result = Parse("/watch add #donbas watchlist:ru-war")!.Value;

        Assert.True(result.IsSuccess);
        Assert.Equal("watch", result.Value.Name);
        Assert.Equal("add", result.Value.Subcommand);
        Assert.Equal("#donbas", result.Value.Options["target"]);
        Assert.Equal("ru-war", result.Value.Options["watchlist"]);
    }

    [Fact]
    public void Parse_SoundTarget_IsAValueNotANamedOption()
    {
        var result = Parse("/status sound:7071860473652120581 window:6h")!.Value;

        Assert.Equal("sound:7071860473652120581", result.Value!.Options["target"]);
        Assert.Equal("6h", result.Value.Options["window"]);
    }

    [Fact]
    public void Parse_QuotedValuesAndTrailingText_KeepTheirSpaces()
    {
        var result = Parse("/verdict A-7K2F organic looks like a real trend, don't worry")!.Value;
        var quoted = Parse("/label add \"Some Handle\" tiktok evidence:\"https://example.org/a b\"")!.Value;

        Assert.Equal("looks like a real trend, don't worry", result.Value!.Options["note"]);
        Assert.Equal("Some Handle", quoted.Value!.Options["handle"]);
        Assert.Equal("https://example.org/a b", quoted.Value.Options["evidence"]);
    }

    [Fact]
    public void Parse_BotSuffix_AcceptedForUsAndIgnoredForOthers()
    {
        Assert.Equal("help", Parse("/help@FactBot", "factbot")!.Value.Value!.Name);
        Assert.Null(Parse("/help@OtherBot", "factbot"));
    }

    [Fact]
    public void Parse_NotACommand_ReturnsNull()
    {
        Assert.Null(Parse("hello there"));
        Assert.Null(Parse("/"));
    }

    [Theory]
    [InlineData("/status #a 6h extra", "'extra' does not fit")]
    [InlineData("/alerts limit:5 limit:6", "'limit' is given twice")]
    [InlineData("/explain \"A-1234", "quote was opened")]
    public void Parse_Malformed_SaysWhatIsWrong(string text, string expected)
    {
        var result = Parse(text)!.Value;

        Assert.False(result.IsSuccess);
        Assert.Contains(expected, result.Error.Message, StringComparison.Ordinal);
    }
}
