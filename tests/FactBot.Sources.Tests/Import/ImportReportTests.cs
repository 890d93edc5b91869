using FactBot.Core.Sources;
using FactBot.Sources.Import;
using FactBot.TestKit.Posts;

namespace FactBot.Sources.Tests.Import;

public sealed class ImportReportTests
{
    [Fact]
    public void AddRead_MixedItems_CountsReadAndSkipped()
    {
        var sut = new ImportReport("file:/data/x.jsonl");

        sut.AddRead(SourceItem.Of("1", PostBuilder.Create()));
        sut.AddRead(SourceItem.Malformed("2", "x.jsonl:2: not a FactBot post"));
        sut.AddImported();
        sut.AddDuplicates(3);

        Assert.Equal(2, sut.RowsRead);
        Assert.Equal(1, sut.Imported);
        Assert.Equal(3, sut.Duplicates);
        Assert.Equal(1, sut.Skipped);
        Assert.Equal(new ImportProblem("2", "x.jsonl:2: not a FactBot post"), sut.Problems.Single());
    }

    [Fact]
    public void Format_Counts_AreOnTheFirstLine()
    {
        var sut = new ImportReport("file:/data/x.jsonl");
        sut.AddRead(SourceItem.Of("1", PostBuilder.Create()));
        sut.AddImported();

        var firstLine = sut.Format().Split('\n')[0];

        Assert.Equal("file:/data/x.jsonl: 1 read, 1 imported, 0 duplicates, 0 skipped", firstLine);
    }

    [Fact]
    public void Format_ManyProblems_ListsTheFirstTwentyThenHowManyMore()
    {
        var sut = new ImportReport("file:x");
        for (var i = 1; i <= 23; i++)
            sut.AddRead(SourceItem.Malformed($"{i}", $"x:{i}: bad"));

        var lines = sut.ToString().Split('\n');

        Assert.Equal(1 + 20 + 1, lines.Length);
        Assert.Equal("  x:1: bad", lines[1]);
        Assert.Equal("  x:20: bad", lines[20]);
        Assert.Equal("  … and 3 more", lines[21]);
    }

    [Fact]
    public void Format_ReasonWithoutPosition_IsPrefixedWithIt()
    {
        var sut = new ImportReport("file:x");
        sut.AddSkipped("page-1.json#page1:video2", "older than the replay window");

        Assert.EndsWith("  page-1.json#page1:video2: older than the replay window", sut.Format(), StringComparison.Ordinal);
    }
}
