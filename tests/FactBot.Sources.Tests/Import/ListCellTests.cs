using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Import;

public sealed class ListCellTests
{
    [Theory]
    [InlineData("""["a","b"]""", new[] { "a", "b" })]
    [InlineData("""[1, 7320768196569599275]""", new[] { "1", "7320768196569599275" })]
    [InlineData("['a', 'b']", new[] { "a", "b" })]
    [InlineData("""['it\'s', "say \"hi\"", 'tab\there']""", new[] { "it's", "say \"hi\"", "tab\there" })]
    [InlineData("""['\u0434\u043e\u043d', '\xe9']""", new[] { "дон", "é" })]
    [InlineData("['a', None, 3]", new[] { "a", "3" })]
    [InlineData("a, b ,c", new[] { "a", "b", "c" })]
    [InlineData("single", new[] { "single" })]
    [InlineData("[]", new string[0])]
    [InlineData("  ", new string[0])]
    public void Parse_EachShape_GivesTheItems(string cell, string[] expected)
    {
        var (items, error) = ListCell.Parse(cell);

        Assert.Null(error);
        Assert.Equal(expected, items);
    }

    [Theory]
    [InlineData("['open]", "not closed")]
    [InlineData("['a' 'b']", "unexpected")]
    [InlineData("['a', b']", "not a list item")]
    [InlineData("['a'", "does not end with ']'")]
    [InlineData(@"['\x4']", @"bad \x escape")]
    public void Parse_BrokenList_SaysWhy(string cell, string reason)
    {
        var (items, error) = ListCell.Parse(cell);

        Assert.Empty(items);
        Assert.Contains(reason, error, StringComparison.Ordinal);
    }
}
