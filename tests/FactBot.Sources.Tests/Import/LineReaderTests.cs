using System.Text;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;

namespace FactBot.Sources.Tests.Import;

public sealed class LineReaderTests : IDisposable
{
    private readonly TempDir _dir = new();

    [Fact]
    public void Next_LineOverTheCap_IsSkippedWithAProblemAndReadingGoesOn()
    {
        var path = _dir.File("a.jsonl", "{\"a\":1}\n{\"big\":\"" + new string('x', 5000) + "\"}\n{\"b\":2}\n");
        using var sut = LineReader.Open(path, maxLineBytes: 1024);

        var lines = ReadAll(sut);

        Assert.Equal(["{\"a\":1}", null, "{\"b\":2}"], lines.Select(line => line.Text));
        Assert.Contains("longer than 1024 bytes", lines[1].Problem, StringComparison.Ordinal);
        Assert.Equal(3, lines[2].Number);
    }

    [Fact]
    public void Next_InvalidUtf8_IsABinaryDataProblemAndReadingGoesOn()
    {
        var path = _dir.Combine("bin.jsonl");
        File.WriteAllBytes(path, [.. "{\"a\":1}\n"u8, 0xff, 0xfe, 0x00, 0xc3, 0x28, (byte)'\n', .. "{\"b\":2}\n"u8]);
        using var sut = LineReader.Open(path);

        var lines = ReadAll(sut);

        Assert.Equal(3, lines.Count);
        Assert.Contains("not UTF-8", lines[1].Problem, StringComparison.Ordinal);
        Assert.Equal("{\"b\":2}", lines[2].Text);
    }

    [Fact]
    public void Next_BomAndCrLf_AreNotPartOfTheText()
    {
        var path = _dir.Combine("bom.jsonl");
        File.WriteAllBytes(path, [0xEF, 0xBB, 0xBF, .. "{\"a\":1}\r\n{\"b\":2}\r\n"u8]);
        using var sut = LineReader.Open(path);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], ReadAll(sut).Select(line => line.Text));
    }

    [Fact]
    public void Next_CutOffLastLine_IsHeldBackAndTheMarkStaysBeforeIt()
    {
        var path = _dir.File("w.jsonl", "{\"a\":1}\n{\"b\":");
        using var sut = LineReader.Open(path);

        var lines = ReadAll(sut);

        Assert.Single(lines);
        Assert.True(sut.HeldBack);
        Assert.Null(sut.Error);
        Assert.Equal(1, sut.Mark.Line);
        Assert.Equal(8, sut.Mark.Offset);
    }

    [Fact]
    public void Next_WholeLastLineWithoutNewline_IsRead()
    {
        var path = _dir.File("w.jsonl", "{\"a\":1}\n{\"b\":2}");
        using var sut = LineReader.Open(path);

        Assert.Equal(["{\"a\":1}", "{\"b\":2}"], ReadAll(sut).Select(line => line.Text));
        Assert.False(sut.HeldBack);
    }

    [Fact]
    public void Resume_AppendedFile_ContinuesAfterTheMark()
    {
        var path = _dir.File("grow.jsonl", "{\"a\":1}\n{\"b\":2}\n");
        FileMark mark;
        using (var first = LineReader.Open(path))
        {
            ReadAll(first);
            mark = first.Mark;
        }

        Hostile.Append(path, "{\"c\":3}\n");
        using var sut = LineReader.Open(path);

        Assert.True(sut.Resume(mark));
        var line = Assert.Single(ReadAll(sut));
        Assert.Equal(("{\"c\":3}", 3), (line.Text, line.Number));
    }

    [Fact]
    public void Resume_NewFileAtTheSamePath_StartsFromTheBeginning()
    {
        var path = _dir.File("same.jsonl", "{\"a\":1}\n{\"b\":2}\n");
        FileMark mark;
        using (var first = LineReader.Open(path))
        {
            ReadAll(first);
            mark = first.Mark;
        }

        File.WriteAllText(path, "{\"x\":1}\n{\"y\":2}\n{\"z\":3}\n");
        using var sut = LineReader.Open(path);

        Assert.False(sut.Resume(mark));
        Assert.Equal(["{\"x\":1}", "{\"y\":2}", "{\"z\":3}"], ReadAll(sut).Select(line => line.Text));
    }

    [Fact]
    public void Resume_FileThatShrank_StartsFromTheBeginning()
    {
        var text = string.Concat(Enumerable.Range(0, 1000).Select(i => $"{{\"n\":{i}}}\n"));
        var path = _dir.File("shrink.jsonl", text);
        FileMark mark;
        using (var first = LineReader.Open(path))
        {
            ReadAll(first);
            mark = first.Mark;
        }

        // Same head (first 4 KiB), but shorter than the mark: rewritten, not appended.
        File.WriteAllText(path, text[..5000] + "\n");
        using var sut = LineReader.Open(path);

        Assert.False(sut.Resume(mark));
        Assert.Equal("{\"n\":0}", ReadAll(sut)[0].Text);
    }

    [Fact]
    public void Resume_Gzip_SkipsTheDecompressedBytesBeforeTheMark()
    {
        var path = _dir.Combine("g.jsonl.gz");
        File.WriteAllBytes(path, Hostile.Gzip(Hostile.Lines(1, 300)));
        FileMark mark;
        using (var first = LineReader.Open(path))
        {
            for (var i = 0; i < 200; i++)
                first.Next();
            mark = first.Mark;
        }

        using var sut = LineReader.Open(path);

        Assert.True(sut.Resume(mark));
        var rest = ReadAll(sut);
        Assert.Equal(100, rest.Count);
        Assert.Contains("\"p201\"", rest[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Next_GzipCutCleanlyBetweenLines_ReadsWhatIsThereAndReportsTruncation()
    {
        var content = Hostile.Lines(1, 2000);
        var full = Hostile.Gzip(content);
        var path = _dir.Combine("cut.jsonl.gz");
        // Without the 8-byte trailer: every line is there, only the end of the stream is not.
        File.WriteAllBytes(path, full[..^8]);
        using var sut = LineReader.Open(path);

        var lines = ReadAll(sut);

        Assert.Equal(2000, lines.Count);
        Assert.True(sut.Truncated);
        Assert.Contains("truncated", sut.Error, StringComparison.Ordinal);
        Assert.Equal(Encoding.UTF8.GetByteCount(content), sut.Mark.Offset);
    }

    [Fact]
    public void Next_GzipCutMidStream_KeepsTheWholeLinesAndReportsTruncation()
    {
        var full = Hostile.Gzip(Hostile.Lines(1, 20_000));
        var path = _dir.Combine("half.jsonl.gz");
        File.WriteAllBytes(path, full[..(full.Length / 2)]);
        using var sut = LineReader.Open(path);

        var lines = ReadAll(sut);

        Assert.InRange(lines.Count, 1, 19_999);
        Assert.All(lines, line => Assert.NotNull(line.Text));
        Assert.True(sut.Truncated);
    }

    [Fact]
    public void Next_CompleteGzipOfSeveralMembers_IsNotTruncated()
    {
        var path = _dir.Combine("members.jsonl.gz");
        File.WriteAllBytes(path, [.. Hostile.Gzip(Hostile.Lines(1, 10)), .. Hostile.Gzip(Hostile.Lines(11, 10))]);
        using var sut = LineReader.Open(path);

        Assert.Equal(20, ReadAll(sut).Count);
        Assert.False(sut.Truncated);
        Assert.Null(sut.Error);
    }

    public void Dispose() => _dir.Dispose();

    private static List<TextLine> ReadAll(LineReader reader)
    {
        var lines = new List<TextLine>();
        while (reader.Next() is { } line)
            lines.Add(line);
        return lines;
    }
}
