using System.IO.Compression;
using System.Text;
using FactBot.Worker.Cli;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Cli;

/// <summary>
/// What <c>factbot import</c> tells a script: 0 only when everything was stored, 3 when records were skipped, 4 when
/// the file stops early — and in every case the good records are stored and a second run resumes.
/// </summary>
public sealed class ImportExitCodeTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("factbot-import-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Import_CleanFile_ExitsZero()
    {
        var file = Write("clean.jsonl", PostLines.Of(1, 20));

        var (code, output) = await ImportAsync(file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("20 new posts stored", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TruncatedGzip_StoresWhatWasReadExitsFourAndResumesAfterRepair()
    {
        var whole = Gzip(PostLines.Of(1, 2000));
        var file = Path.Combine(_dir, "cut.jsonl.gz");
        File.WriteAllBytes(file, whole[..(whole.Length * 2 / 3)]);
        var store = Path.Combine(_dir, "factbot.db");

        var (code, output) = await ImportAsync(file, store);
        File.WriteAllBytes(file, whole);
        var (again, second) = await ImportAsync(file, store);

        Assert.Equal(ExitCodes.Incomplete, code);
        Assert.Contains("stopped:", output, StringComparison.Ordinal);
        Assert.Contains("truncated", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, again);
        Assert.Contains("(resumed from checkpoint)", second, StringComparison.Ordinal);
        Assert.Equal(2000, StoredCount(output) + StoredCount(second));
    }

    [Fact]
    public async Task Import_HostileLines_StoresTheGoodOnesReportsCappedWithoutControlCharacters()
    {
        var hostile = new StringBuilder(PostLines.Of(1, 5));
        for (var i = 0; i < 40; i++)
            hostile.Append("\u001b[2J\u001b]0;owned\u0007 not json ").Append(i).Append('\n');
        hostile.Append(PostLines.Of(6, 5));
        hostile.Append("""{"platform":"tiktok","source":"test","key":"tiktok:999","platformPostId":"999","authorKey":"a","authorHandle":"a","createdAt":"9999-01-01T00:00:00Z"}""").Append('\n');
        var file = Write("hostile.jsonl", hostile.ToString());

        var (code, output) = await ImportAsync(file);

        Assert.Equal(ExitCodes.Skipped, code);
        Assert.Contains("10 new posts stored", output, StringComparison.Ordinal);
        Assert.Contains("41 skipped", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        Assert.Contains("more skipped records", output, StringComparison.Ordinal);
        Assert.True(output.Split('\n').Length < 40, output);
    }

    [Fact]
    public async Task Import_HugeCaptionAndTooManyHashtags_StoresThePostCappedAndNamesTheFields()
    {
        var tags = string.Join(',', Enumerable.Range(0, 150).Select(i => $"\"t{i}\""));
        var huge = $$"""{"platform":"tiktok","source":"test","key":"tiktok:1","platformPostId":"1","authorKey":"a","authorHandle":"a","createdAt":"2024-01-01T00:00:00Z","text":"{{new string('x', 3_000_000)}}","hashtags":[{{tags}}]}""";
        var file = Write("huge.jsonl", PostLines.Of(1, 2) + huge + "\n" + PostLines.Of(3, 2));

        var (code, output) = await ImportAsync(file);

        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("5 new posts stored", output, StringComparison.Ordinal);
        Assert.Contains("1 with fields capped", output, StringComparison.Ordinal);
        Assert.Contains("capped huge.jsonl:3: text, hashtags", output, StringComparison.Ordinal);
    }

    private static async Task<(int Code, string Output)> ImportAsync(string file, string? store = null) =>
        await WorkerHost.RunAsync(new CliCommand(CliVerb.Import) { File = file },
            new Dictionary<string, string?> { ["Storage:Path"] = store ?? ":memory:", ["Sources:ReportProblemsShown"] = "5" });

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static int StoredCount(string output)
    {
        var at = output.IndexOf(" new posts stored", StringComparison.Ordinal);
        var start = output.LastIndexOf(' ', at - 1) + 1;
        return int.Parse(output[start..at].Replace(",", "", StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture);
    }


    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
            gzip.Write(Encoding.UTF8.GetBytes(text));
        return memory.ToArray();
    }
}
