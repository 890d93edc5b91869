using System.IO.Compression;
using System.Text;
using FactBot.Core.Results;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>What a CSV source does with files that change under it, stop early or hold impossible values.</summary>
public sealed class CsvPostSourceFileTests : IDisposable
{
    private const string Header = "id,username,create_time,video_description\n";
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 1, 10, 0, 0, 0, TimeSpan.Zero));
    private readonly TempDir _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public async Task Resume_NewFileAtTheSamePath_IsReadFromItsStart()
    {
        var path = _dir.File("export.csv", Header + Rows(1, 3));
        var first = await Samples.ReadAllAsync(Source(path));

        File.WriteAllText(path, Header + Rows(11, 5));
        var second = await Samples.ReadAllAsync(Source(path), resumeAfter: first[^1].Position);

        Assert.Equal(["11", "12", "13", "14", "15"], second.Select(i => i.Post!.PlatformPostId[^2..]));
    }

    [Fact]
    public async Task Resume_AppendedFile_ReadsOnlyTheNewRows()
    {
        var path = _dir.File("export.csv", Header + Rows(1, 3));
        var first = await Samples.ReadAllAsync(Source(path));

        File.AppendAllText(path, Rows(4, 2));
        var second = await Samples.ReadAllAsync(Source(path), resumeAfter: first[^1].Position);

        Assert.Equal(["04", "05"], second.Select(i => i.Post!.PlatformPostId[^2..]));
    }

    [Fact]
    public async Task Read_TruncatedGzip_KeepsTheRowsAndReportsTruncation()
    {
        var whole = Gzip(Header + Rows(1, 400));
        var path = _dir.Combine("export.csv.gz");
        File.WriteAllBytes(path, whole[..(whole.Length - 12)]);

        var items = await Samples.ReadAllAsync(Source(path));

        Assert.True(items.Count(i => i.Post is not null) > 300);
        Assert.Equal(ReadProblem.Truncated, items[^1].Error!.Problem);
    }

    [Fact]
    public async Task Read_CompleteGzip_HasNoProblem()
    {
        var path = _dir.Combine("export.csv.gz");
        File.WriteAllBytes(path, Gzip(Header + Rows(1, 400)));

        var items = await Samples.ReadAllAsync(Source(path));

        Assert.Equal(400, items.Count(i => i.Post is not null));
        Assert.DoesNotContain(items, i => i.Error is not null);
    }

    [Fact]
    public async Task Read_YearOutOfRange_SkipsThatRowNamingTheField()
    {
        var path = _dir.File("export.csv", Header + Rows(1, 1) + "7320000000000000099,far,253402300000,x\n" + Rows(3, 1));

        var items = await Samples.ReadAllAsync(Source(path));

        Assert.Equal(2, items.Count(i => i.Post is not null));
        var bad = Assert.Single(items, i => i.Error is not null).Error!;
        Assert.Equal("createdAt", bad.Field);
        Assert.StartsWith("export.csv:3:", bad.Message, StringComparison.Ordinal);
    }

    private CsvPostSource Source(string path) => new(path, CsvFormat.TikTokResearch, _time);

    private static string Rows(int from, int count)
    {
        var rows = new StringBuilder();
        for (var i = from; i < from + count; i++)
            rows.Append($"73200000000000000{i:00},user{i},{1704499196 + i},caption {i}\n");
        return rows.ToString();
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return memory.ToArray();
    }
}
