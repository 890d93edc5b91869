using System.Text;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class CoShareCsvReaderTests
{
    private static Result<CoShareTable> Read(string text) => CoShareCsvReader.Read(Encoding.UTF8.GetBytes(text));

    private static List<CoShareRow> Rows(string text)
    {
        var table = Read(text);
        Assert.True(table.IsSuccess, table.Error?.Message);
        return Enumerable.Range(0, table.Value.Count).Select(i => table.Value[i]).ToList();
    }

    [Fact]
    public void Read_FwriteOutput_ReturnsRowsInOrder()
    {
        var sut = Rows("object_id,account_id,content_id,timestamp_share\no1,a,c1,1623881091\no2,b,c2,1623879483\n");

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
    public void Read_ContentIdEqualToItsObjectId_IsMarkedAsLoop()
    {
        var table = Read("object_id,account_id,content_id,timestamp_share\no1,a,o1,1\no2,a,o1,2\no2,b,c,3\n").Value!;

        Assert.Equal([true, false, false], table.Loops.ToArray());
        Assert.Equal(table.ContentIds[0], table.ContentIds[1]);
    }

    [Theory]
    [InlineData("", "line 1")]
    [InlineData("object_id,account_id,timestamp_share\no,a,1\n", "content_id")]
    [InlineData("object_id,account_id,content_id,timestamp_share\no,a,c,1\no,a,c\n", "line 3")]
    [InlineData("object_id,account_id,content_id,timestamp_share\no,a,c,1.5\n", "whole Unix seconds")]
    [InlineData("object_id,account_id,content_id,timestamp_share\no,a,c,\n", "line 2")]
    [InlineData("object_id,account_id,content_id,timestamp_share\no,,c,1\n", "must not be empty")]
    [InlineData("object_id,account_id,content_id,timestamp_share\n\"o,a,c,1\n", "Unterminated")]
    public void Read_MalformedInput_ReturnsMalformedRecordSayingWhere(string text, string expected)
    {
        var sut = Read(text);

        var error = Assert.IsType<MalformedRecord>(sut.Error);
        Assert.Contains(expected, error.Position + " " + error.Message, StringComparison.Ordinal);
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
