using FactBot.Sources.Csv;

namespace FactBot.Sources.Tests.Csv;

public sealed class CsvReaderTests
{
    private static List<CsvRow> Read(string text, char? comment = '#') =>
        new CsvReader(new StringReader(text), comment).ReadRows().ToList();

    [Fact]
    public void ReadRows_QuotedFieldsWithCommasAndQuotes_Unquotes()
    {
        var rows = Read("a,\"b, c\",\"say \"\"hi\"\"\",\n");

        Assert.Equal(["a", "b, c", "say \"hi\"", ""], rows.Single().Fields);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void ReadRows_AnyLineEnding_SplitsRowsAndNumbersLines(string newline)
    {
        var rows = Read($"h1,h2{newline}1,2{newline}3,4{newline}");

        Assert.Equal(3, rows.Count);
        Assert.Equal([1, 2, 3], rows.Select(row => row.Line));
        Assert.Equal(["3", "4"], rows[2].Fields);
    }

    [Fact]
    public void ReadRows_QuotedLineBreak_KeepsItInTheFieldAndCountsTheLine()
    {
        var rows = Read("a,\"two\r\nlines\"\r\nnext,row\r\n");

        Assert.Equal("two\r\nlines", rows[0].Fields[1]);
        Assert.Equal(3, rows[1].Line);
    }

    [Fact]
    public void ReadRows_LineBreakInTheFirstRow_NumbersLaterRowsFromTheirOwnLine()
    {
        var rows = Read("\"h\n1\",h2\n\nv1,v2\n", comment: null);

        Assert.Equal([1, 3, 4], rows.Select(row => row.Line));
    }

    [Fact]
    public void ReadRows_LeadingBomWithoutComments_IsNotPartOfTheFirstHeader()
    {
        var rows = Read("\uFEFFRegion,Country\n", comment: null);

        Assert.Equal("Region", rows[0].Fields[0]);
    }

    [Fact]
    public void ReadRows_LeadingBom_IsNotPartOfTheFirstHeader()
    {
        var rows = Read("\uFEFFRegion,Country\n");

        Assert.Equal("Region", rows[0].Fields[0]);
    }

    [Fact]
    public void ReadRows_CommentLines_AreSkippedButStillCounted()
    {
        var rows = Read("# note\nh1,h2\n# another, with comma\nv1,v2\n");

        Assert.Equal(2, rows.Count);
        Assert.Equal(2, rows[0].Line);
        Assert.Equal(4, rows[1].Line);
    }

    [Fact]
    public void ReadRows_CommentsDisabled_HashIsData()
    {
        var rows = Read("#tag,x\n", comment: null);

        Assert.Equal("#tag", rows.Single().Fields[0]);
    }

    [Fact]
    public void ReadRows_HashInsideARow_IsData()
    {
        var rows = Read("a,#b\n");

        Assert.Equal(["a", "#b"], rows.Single().Fields);
    }

    [Fact]
    public void ReadRows_UnterminatedQuote_IsFlagged()
    {
        var rows = Read("a,\"never closed\nb,c\n");

        Assert.True(rows.Single().UnterminatedQuote);
    }

    [Fact]
    public void ReadRows_EmptyLine_IsABlankRow()
    {
        var rows = Read("a\n\nb\n");

        Assert.Equal([false, true, false], rows.Select(row => row.IsBlank));
    }

    [Fact]
    public void Get_BeyondTheRow_IsEmpty()
    {
        var row = Read("a, b \n").Single();

        Assert.Equal("b", row.Get(1));
        Assert.Equal("", row.Get(5));
        Assert.Equal("", row.Get(-1));
    }
}
