using System.Text;
using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Sources.Tests.Support;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Import;

/// <summary>No record stops an import: hostile lines mixed with good ones (issue 12, part 3).</summary>
public sealed class JsonlPostSourceHostileTests : IDisposable
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2024, 2, 1, 9, 0, 0, TimeSpan.Zero));
    private readonly TempDir _dir = new();

    [Fact]
    public async Task ReadAsync_HostileLinesAmongGoodOnes_YieldsTheGoodAndReportsTheBadWithPositionAndField()
    {
        var path = _dir.Combine("hostile.jsonl");
        using (var file = File.Create(path))
        {
            void Write(string text) => file.Write(Encoding.UTF8.GetBytes(text));
            Write(Hostile.Line("good1"));
            Write(Hostile.HugeCaptionLine("huge", megabytes: 50));                                       // 2: capped, kept
            Write(Serialize(Hostile.Good("y9999") with { CreatedAt = new DateTimeOffset(9999, 1, 1, 0, 0, 0, TimeSpan.Zero) })); // 3
            Write(Hostile.Line("good2"));
            file.Write([0x00, 0x01, 0xff, 0xfe, 0x80, 0x81, (byte)'\n']);                               // 5: binary
            Write(Serialize(Hostile.Good("esc") with { Text = "red \u001b[31malert\u001b[0m\u0007" }));  // 6: stripped
            Write("{\"platform\":\"tiktok\",\"source\":\"test\",\"platformPostId\":\"n\",\"authorKey\":\"a\",\"authorHandle\":\"a\",\"createdAt\":\"1969-12-31T00:00:00Z\"}\n"); // 7
            Write(Serialize(Hostile.Good("raw") with { RawJson = new string('r', 17 * 1024 * 1024) }));    // 8: raw dropped
            Write("{\"platform\":\"tiktok\",\0\"platformPostId\":\"nul\"}\n");                             // 9: NUL bytes
            Write(Hostile.Line("good3"));
        }

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        Assert.Equal(["good1", "huge", "good2", "esc", "raw", "good3"], items.Where(i => i.Post is not null).Select(i => i.Post!.PlatformPostId));
        var errors = items.Where(i => i.Error is not null).ToDictionary(i => Samples.Shown(i.Position), i => i.Error!);
        Assert.Equal(["3", "5", "7", "9"], errors.Keys);
        Assert.Equal("createdAt", errors["3"].Field);
        Assert.Contains("hostile.jsonl:3: createdAt 9999-01-01", errors["3"].Message, StringComparison.Ordinal);
        Assert.Contains("not UTF-8", errors["5"].Message, StringComparison.Ordinal);
        Assert.Equal("createdAt", errors["7"].Field);
        Assert.Contains("NUL", errors["9"].Message, StringComparison.Ordinal);

        var posts = items.Where(i => i.Post is not null).ToDictionary(i => i.Post!.PlatformPostId, i => i.Post!);
        Assert.Equal(PostLimits.MaxTextChars, posts["huge"].Text.Length);
        Assert.Equal("red [31malert[0m", posts["esc"].Text);
        Assert.Null(posts["raw"].RawJson);
    }

    [Fact]
    public async Task ReadAsync_LineOverTheRecordCap_IsSkippedAndTheNextLineRead()
    {
        // Over PostLimits.MaxRecordBytes (64 MiB): skipped by scanning, never held whole.
        var path = _dir.Combine("giant.jsonl");
        using (var file = File.Create(path))
        {
            file.Write(Encoding.UTF8.GetBytes(Hostile.Line("before")));
            file.Write("{\"text\":\""u8);
            var chunk = Encoding.ASCII.GetBytes(new string('z', 1024 * 1024));
            for (var i = 0; i < 65; i++)
                file.Write(chunk);
            file.Write("\"}\n"u8);
            file.Write(Encoding.UTF8.GetBytes(Hostile.Line("after")));
        }

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        Assert.Equal(["before", null, "after"], items.Select(i => i.Post?.PlatformPostId));
        Assert.Contains("giant.jsonl:2: the line is longer than", items[1].Error!.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_AbsurdAuthorHandle_IsRejectedNamingTheField()
    {
        var path = _dir.File("h.jsonl", Serialize(PostBuilder.Create(id: "h", at: Hostile.PostTime, author: new string('u', 10_000))) + Hostile.Line("ok"));

        var items = await Samples.ReadAllAsync(new JsonlPostSource(path, _time));

        Assert.Equal("authorKey", items[0].Error!.Field);
        Assert.Equal("ok", items[1].Post!.PlatformPostId);
    }

    public void Dispose() => _dir.Dispose();

    private static string Serialize(Post post) => PostJsonl.Serialize(post) + "\n";

}
