using FactBot.Worker.Cli.Coordination;

namespace FactBot.Worker.Tests.Cli.Coordination;

public sealed class CoordinationVerbTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "factbot-coordverb-" + Guid.NewGuid().ToString("N"));

    public CoordinationVerbTests() => Directory.CreateDirectory(_dir);

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task Run_MalformedRows_AreSkippedAndNamedWithLineAndColumn()
    {
        var input = Path.Combine(_dir, "shares.csv");
        await File.WriteAllTextAsync(input,
            "object_id,account_id,content_id,timestamp_share\no1,a,c1,100\no1,b,c2,oops\no1,,c3,102\no1,b,c4,103\n");
        var stdout = new StringWriter();
        var stderr = new StringWriter();

        var exit = await CoordinationVerb.RunAsync(["--input", input, "--min-participation", "1"], stdout, stderr, default);

        Assert.Equal(CoordinationVerb.Ok, exit);
        Assert.Contains("line 3, timestamp_share: timestamp_share must be whole Unix seconds, found 'oops'. (row skipped)", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("line 4, account_id:", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("input rows                     2", stdout.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_MissingColumn_FailsNamingIt()
    {
        var input = Path.Combine(_dir, "bad.csv");
        await File.WriteAllTextAsync(input, "object_id,account_id,timestamp_share\no1,a,100\n");
        var stderr = new StringWriter();

        var exit = await CoordinationVerb.RunAsync(["--input", input], new StringWriter(), stderr, default);

        Assert.Equal(CoordinationVerb.Failed, exit);
        Assert.Contains("line 1: Missing column 'content_id'", stderr.ToString(), StringComparison.Ordinal);
    }
}
