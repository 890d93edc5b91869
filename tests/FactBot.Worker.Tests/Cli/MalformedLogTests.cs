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

    [Fact]
    public async Task WriteAsync_RecordTextWithEscapesAndNewlines_IsShownEscapedOnOneLine()
    {
        var sut = new MalformedLog(shown: 5);
        sut.Add(new MalformedRecord("7", "posts.jsonl:7: platform '\u001b[31mred\u001b]0;title\u0007' is bad\r\nFAKE LINE \u202eevil"));
        var output = new StringWriter();

        await sut.WriteAsync(output);

        var text = output.ToString();
        Assert.Equal(
            @"  skipped posts.jsonl:7: platform '\x1b[31mred\x1b]0;title\x07' is bad\r\nFAKE LINE \u202eevil" + Environment.NewLine,
            text);
        Assert.DoesNotContain(text, c => char.IsControl(c) && c != '\n' && c != '\r');
    }

    [Fact]
    public async Task WriteAsync_FilePosition_ShowsTheMessageWithoutTheResumeMark()
    {
        var sut = new MalformedLog(shown: 5);
        sut.Add(new MalformedRecord("12@4096#9f86d081884c7d65", "posts.jsonl:12: createdAt is out of range", "createdAt"));
        var output = new StringWriter();

        await sut.WriteAsync(output);

        Assert.Equal("  skipped posts.jsonl:12: createdAt is out of range" + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task WriteAsync_HugeMessage_IsCut()
    {
        var sut = new MalformedLog(shown: 1);
        sut.Add(new MalformedRecord("3", new string('x', 100_000)));
        var output = new StringWriter();

        await sut.WriteAsync(output);

        Assert.InRange(output.ToString().Length, 500, 700);
    }
}
