using FactBot.Core.Results;
using FactBot.Worker.Cli;

namespace FactBot.Worker.Tests.Cli;

public sealed class MalformedLogTests
{
    [Fact]
    public async Task WriteAsync_MoreThanShown_ListsTheFirstAndCountsTheRest()
    {
        var sut = new MalformedLog(shown: 2);
        for (var line = 1; line <= 5; line++)
            sut.Add(new MalformedRecord($"line {line}", "not JSON"));
        var output = new StringWriter();

        await sut.WriteAsync(output);

        Assert.Equal(
            ["  skipped line 1: not JSON", "  skipped line 2: not JSON", "  … and 3 more skipped records"],
            output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(5, sut.Count);
    }

    [Fact]
    public async Task WriteAsync_NoneShown_OnlyCounts()
    {
        var sut = new MalformedLog(shown: 0);
        sut.Add(new MalformedRecord("line 9", "no author"));
        var output = new StringWriter();

        await sut.WriteAsync(output);

        Assert.Equal("  … and 1 more skipped records" + Environment.NewLine, output.ToString());
    }
}
