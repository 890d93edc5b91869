using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;
using FactBot.Sources.Coordination;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Tests.Coordination;

public sealed class CoShareCsvReaderTests
{
    private const string Header = "object_id,account_id,content_id,timestamp_share\n";

    private static Result<CoShareRead> Read(string text) => CoShareCsvReader.ReadText(text);

    private static List<CoShareRow> Rows(string text)
    {
        var read = Read(text);
        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Empty(read.Value.Skipped);
        var table = read.Value.Table;
        return Enumerable.Range(0, table.Count).Select(i => table[i]).ToList();
    }

    [Fact]
    public void Read_FwriteOutput_ReturnsRowsInOrder()
    {
        var sut = Rows(Header + "o1,a,c1,1623881091\no2,b,c2,1623879483\n");

        Assert.Equal([new CoShareRow("o1", "a", "c1", 1623881091), new CoShareRow("o2", "b", "c2", 1623879483)], sut);
    }

    [Fact]
    public void Read_BomCrLfBlankLinesAndNoFinalNewline_AreAccepted()
    {
        var sut = Rows("\uFEFFobject_id,account_id,content_id,timestamp_share\r\no1,a,c1,5\r\n\r\no2,b,c2,6");

        Assert.Equal([new CoShareRow("o1", "a", "c1", 5), new CoShareRow("o2", "b", "c2", 6)], sut);
    }

    [Fact]
    public void Read_ColumnsInOtherOrderWithExtras_AreMappedByName()
    {
        var sut = Rows("timestamp_share,extra,content_id,object_id,account_id,more\n7,x,c1,o1,a,y\n");

        Assert.Equal([new CoShareRow("o1", "a", "c1", 7)], sut);
    }

    [Fact]
    public void Read_QuotedFields_AreUnescaped()
    {
        var sut = Rows("\"object_id\",account_id,content_id,timestamp_share\n\"o,1\",\"a \"\"q\"\"\",c1,8\no2,b,\"c\"\"2\",9\n");

        Assert.Equal([new CoShareRow("o,1", "a \"q\"", "c1", 8), new CoShareRow("o2", "b", "c\"2", 9)], sut);
    }

    [Fact]
    public void Read_QuotedLineBreak_IsPartOfTheIdAndLaterLinesAreNumberedRight()
    {
        var read = Read(Header + "\"o\n1\",a,c1,1\no2,b,c2,x\n").Value!;

        Assert.Equal("o\n1", read.Table[0].ObjectId);
        Assert.Equal(new CsvProblem(4, "timestamp_share", "timestamp_share must be whole Unix seconds, found 'x'."), Assert.Single(read.Skipped));
    }

    [Theory]
    [InlineData("", "line 1")]
    [InlineData("object_id,account_id,timestamp_share\no,a,1\n", "content_id")]
    [InlineData("\"object_id,account_id,content_id,timestamp_share\n", "Unterminated")]
    public void Read_BadHeader_ReturnsMalformedRecordSayingWhere(string text, string expected)
    {
        var sut = Read(text);

        var error = Assert.IsType<MalformedRecord>(sut.Error);
        Assert.Contains(expected, error.Position + " " + error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("o,a,c\n", 3, "timestamp_share", "Expected at least 4 fields, found 3.")]
    [InlineData("o,a,c,1.5\n", 3, "timestamp_share", "whole Unix seconds")]
    [InlineData("o,a,c,\n", 3, "timestamp_share", "whole Unix seconds")]
    [InlineData("o,,c,1\n", 3, "account_id", "must not be empty")]
    [InlineData("\"o,a,c,1\n", 3, "", "Unterminated")]
    public void Read_MalformedRow_IsSkippedWithLineAndFieldAndTheOthersAreRead(string bad, int line, string field, string message)
    {
        var sut = Read(Header + "o,a,c,1\n" + bad).Value!;

        var problem = Assert.Single(sut.Skipped);
        Assert.Equal((line, field), (problem.Line, problem.Field));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, sut.Table.Count);
    }

    [Fact]
    public void Read_MalformedRowInTheMiddle_RowsAfterItAreRead()
    {
        var sut = Read(Header + "o,a,c,1\no,b,d,oops\no,e,f,3\n").Value!;

        Assert.Equal(2, sut.Table.Count);
        Assert.Equal(3, Assert.Single(sut.Skipped).Line);
    }

    [Fact]
    public void ReadFile_Missing_ReturnsNotFoundNamingThePath()
    {
        var path = Path.Combine(Path.GetTempPath(), "factbot-" + Guid.NewGuid().ToString("N"), "none.csv");

        var sut = CoShareCsvReader.ReadFile(path);

        var error = Assert.IsType<NotFound>(sut.Error);
        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
