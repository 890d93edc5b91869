using FactBot.Sources.Demo;
using FactBot.Worker.Cli;

namespace FactBot.Worker.Tests.Cli;

/// <summary>The demo as a newcomer meets it: no tokens, the bundled dataset, alerts and a digest on the console.</summary>
public sealed class DemoVerbTests
{
    [Fact]
    public async Task Run_WithoutPlatformToken_ReplaysTheDemoAndPrintsThePlantedAlertsAndADigest()
    {
        var scenario = DemoScenario.Default;
        var postCount = new DemoDatasetGenerator(scenario).Generate().Count;

        var (code, output) = await WorkerHost.RunAsync(new CliCommand(CliVerb.Run), new Dictionary<string, string?>
        {
            ["Telegram:Token"] = "",
            ["Discord:Token"] = "",
        });

        Assert.Equal(0, code);
        Assert.Contains($"== Volume surge on #{scenario.SurgeHashtag}", output, StringComparison.Ordinal);
        Assert.Contains($"== Volume surge on {scenario.SurgeSound.Target}", output, StringComparison.Ordinal);
        Assert.Contains("== Coordinated posting on", output, StringComparison.Ordinal);
        Assert.Contains("Ratio: ×", output, StringComparison.Ordinal);
        Assert.Contains("2022-03-07", output, StringComparison.Ordinal);
        Assert.Contains("== Digest for main", output, StringComparison.Ordinal);
        foreach (var account in scenario.CoordinatedAccounts.Take(3))
            Assert.Contains(account, output, StringComparison.Ordinal);
        Assert.Contains($"Demo finished: {postCount:N0} posts replayed", output, StringComparison.Ordinal);
    }
}
