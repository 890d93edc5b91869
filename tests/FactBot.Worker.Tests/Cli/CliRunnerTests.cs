using FactBot.Worker.Cli;

namespace FactBot.Worker.Tests.Cli;

/// <summary>An error no verb expected ends in one line and a crash log, not a stack trace on the console.</summary>
public sealed class CliRunnerTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task RunGuardedAsync_AnUnexpectedError_IsOneLineNamingTheCrashLog_Exit70()
    {
        // The configuration check is Program's; skipped here, a bad store surfaces as an error inside the verb.
        var notADatabase = Path.Combine(_folder, "notes.txt");
        await File.WriteAllTextAsync(notADatabase, "not a database");
        var command = new CliCommand(CliVerb.Import) { File = WorkerHost.DemoDataset };
        using var output = new StringWriter();
        using var error = new StringWriter();
        using var host = WorkerHost.Build(command, output, new Dictionary<string, string?> { ["Storage:Path"] = notADatabase }, error);

        var code = await CliRunner.RunGuardedAsync(host, command, error);

        Assert.Equal(ExitCodes.Bug, code);
        var line = Assert.Single(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("FactBot stopped on an unexpected error: Storage:Path", line, StringComparison.Ordinal);
        var log = line[(line.IndexOf("the details are in ", StringComparison.Ordinal) + "the details are in ".Length)..line.IndexOf(". Please", StringComparison.Ordinal)];
        try
        {
            Assert.Contains("   at ", await File.ReadAllTextAsync(log), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(log);
        }
    }
}
