using FactBot.Worker.Cli;

namespace FactBot.Worker.Tests.Cli;

public sealed class ImportVerbTests
{
    private static readonly string Page = Path.Combine(AppContext.BaseDirectory, "Samples", "tiktok_page_with_bad_record.json");

    [Fact]
    public async Task Import_TikTokPageWithABrokenRecord_StoresTheRestAndReportsFileAndPosition()
    {
        var (code, output) = await WorkerHost.RunAsync(new CliCommand(CliVerb.Import) { File = Page }, new Dictionary<string, string?> { ["Storage:Path"] = ":memory:" });

        Assert.Equal(ExitCodes.Skipped, code);
        Assert.Contains("3 new posts stored", output, StringComparison.Ordinal);
        Assert.Contains("1 skipped", output, StringComparison.Ordinal);
        Assert.Contains("tiktok_page_with_bad_record.json#page1:video3", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_MissingFile_FailsWithAClearMessage()
    {
        var (code, output) = await WorkerHost.RunAsync(new CliCommand(CliVerb.Import) { File = "/nonexistent/posts.jsonl" }, new Dictionary<string, string?> { ["Storage:Path"] = ":memory:" });

        Assert.Equal(1, code);
        Assert.Contains("error:", output, StringComparison.Ordinal);
        Assert.Contains("/nonexistent/posts.jsonl", output, StringComparison.Ordinal);
    }
}
