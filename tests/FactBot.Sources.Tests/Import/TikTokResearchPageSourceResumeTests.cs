using System.Globalization;
using FactBot.Core.Sources;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>TikTok page positions carry the file's identity, and hostile pages do not stop the import (issue 12).</summary>
public sealed class TikTokResearchPageSourceResumeTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2024, 4, 5, 13, 30, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Now);
    private readonly TempDir _dir = new();

    [Fact]
    public async Task ReadAsync_ResumeInAPagePerLineFile_SeeksToThePageAndSkipsItsReadVideos()
    {
        var path = _dir.File("pages.jsonl", Page("a", 3) + Page("b", 3) + Page("c", 3));
        var all = await ReadAsync(path);

        var resumed = await ReadAsync(path, all[4].Position);

        Assert.Equal(["b3", "c1", "c2", "c3"], resumed.Select(item => item.Post!.AuthorHandle));
    }

    [Fact]
    public async Task ReadAsync_NewPagePerLineFileAtTheSamePath_IsReadFromItsStart()
    {
        var path = _dir.File("pages.jsonl", Page("a", 3) + Page("b", 3));
        var all = await ReadAsync(path);

        File.WriteAllText(path, Page("x", 2) + Page("y", 2) + Page("z", 2));
        var resumed = await ReadAsync(path, all[^1].Position);

        Assert.Equal(["x1", "x2", "y1", "y2", "z1", "z2"], resumed.Select(item => item.Post!.AuthorHandle));
    }

    [Fact]
    public async Task ReadAsync_NewSinglePageAtTheSamePath_IsReadWhole()
    {
        var path = _dir.File("page.json", Page("a", 3));
        var all = await ReadAsync(path);

        File.WriteAllText(path, Page("n", 3));
        var resumed = await ReadAsync(path, all[^1].Position);

        Assert.Equal(["n1", "n2", "n3"], resumed.Select(item => item.Post!.AuthorHandle));
    }

    [Fact]
    public async Task ReadAsync_SamePageResumed_SkipsTheVideosRead()
    {
        var path = _dir.File("page.json", Page("a", 3));
        var all = await ReadAsync(path);

        var resumed = await ReadAsync(path, all[0].Position);

        Assert.Equal(["a2", "a3"], resumed.Select(item => item.Post!.AuthorHandle));
    }

    [Fact]
    public async Task ReadAsync_TruncatedGzipPage_IsOneMalformedItemSayingSo()
    {
        var path = _dir.Combine("page.json.gz");
        File.WriteAllBytes(path, Hostile.Gzip(Page("a", 50))[..^8]);

        var item = Assert.Single(await ReadAsync(path));

        Assert.Contains("truncated", item.Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_HostileVideos_AreReportedWithFieldAndTheOthersImported()
    {
        var videos = string.Join(",",
            Video("ok1", 1_704_499_196),
            Video("future", 253_402_214_400),
            Video("ok2", 1_704_499_196, caption: "\u001b]0;pwned\u0007" + new string('c', 40_000)));
        var path = _dir.File("page.json", "{\"data\":{\"videos\":[" + videos + "],\"has_more\":false}}");

        var items = await ReadAsync(path);

        Assert.Equal(["ok1", null, "ok2"], items.Select(item => item.Post?.AuthorHandle));
        Assert.Equal("createdAt", items[1].Error!.Field);
        Assert.StartsWith("page.json#page1:video2: ", items[1].Error!.Message, StringComparison.Ordinal);
        Assert.StartsWith("]0;pwned", items[2].Post!.Text, StringComparison.Ordinal);
        Assert.True(items[2].Post!.Text.Length <= 16 * 1024);
    }

    public void Dispose() => _dir.Dispose();

    private Task<List<SourceItem>> ReadAsync(string path, string? resumeAfter = null) =>
        Samples.ReadAllAsync(new TikTokResearchPageSource(path, _time), resumeAfter);

    private static string Page(string prefix, int videos) =>
        "{\"data\":{\"videos\":["
        + string.Join(",", Enumerable.Range(1, videos).Select(i => Video(prefix + i.ToString(CultureInfo.InvariantCulture), 1_704_499_196)))
        + "],\"has_more\":true}}\n";

    // Ids must be integers for the mapper, so the tests tell videos apart by their usernames.
    private static string Video(string name, long createTime, string caption = "hi") =>
        $$"""{"id":{{Id(name)}},"create_time":{{createTime}},"username":"{{name}}","video_description":{{System.Text.Json.JsonSerializer.Serialize(caption)}}}""";

    private static long _nextId = 7_000_000_000_000_000_000;

    private static long Id(string name) => name.Length > 0 ? Interlocked.Increment(ref _nextId) : 0;
}
