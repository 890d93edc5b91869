using System.Text.RegularExpressions;
using FactBot.Worker.Cli;
using FactBot.Worker.Delivery;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Worker.Tests.Cli;

/// <summary>The scripted console session of issue 4, as a volunteer team would run it.</summary>
public sealed partial class ConsoleVerbTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-console-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<string> SessionAsync(string script, bool asUser = false, string database = "console.db")
    {
        using var output = new StringWriter();
        var command = new CliCommand(CliVerb.Console) { AsUser = asUser };
        var settings = new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(_folder, database) };
        using var host = WorkerHost.Build(command, output, settings);
        // The host's ConsoleInput is stdin by default; a script replaces it.
        var verb = ActivatorUtilities.CreateInstance<ConsoleVerb>(host.Services, new ConsoleInput(new StringReader(script)));
        Assert.Equal(0, await verb.RunAsync(command, CancellationToken.None));
        return output.ToString();
    }

    [Fact]
    public async Task ScriptedSession_WatchSubscribeReplayThenQuery_RepliesWithTheRealNumbersAndEvidence()
    {
        // Alert ids are derived from the data, so a first run tells the id a script can use in a fresh store.
        var probe = await SessionAsync($"replay {WorkerHost.DemoDataset}\n/alerts", database: "probe.db");
        var coordination = CoordinationLine().Match(probe);
        Assert.True(coordination.Success, probe);
        var id = coordination.Groups[1].Value;

        var output = await SessionAsync($"""
            /watch add #donbas
            /watch add sound:7071860473652120581
            /subscribe schedule:hourly
            replay {WorkerHost.DemoDataset}
            /alerts
            /explain {id}
            /verdict {id} coordinated
            /digest
            """);

        Assert.Contains("Digest schedule: every hour", output, StringComparison.Ordinal);
        Assert.Contains("== Volume surge on #donbas", output, StringComparison.Ordinal);
        Assert.Contains("== State-media surge on #donbas", output, StringComparison.Ordinal);
        Assert.Contains("statewire_news (state-controlled, demo-list) — started", output, StringComparison.Ordinal);
        Assert.Matches(@"A-[0-9A-Z]{4} · volume · #donbas · \w+ · ×[0-9.]+ usual", output);
        var explain = After(output, $"> /explain {id}");
        Assert.Contains("peace_voice_214", explain, StringComparison.Ordinal);
        Assert.Contains("14", explain, StringComparison.Ordinal);
        Assert.Contains("coordinated 1", After(output, $"> /verdict {id}"), StringComparison.Ordinal);
        var digest = After(output, "> /digest");
        Assert.Contains("== Digest for main", digest, StringComparison.Ordinal);
        Assert.Contains(id, digest, StringComparison.Ordinal);
        Assert.Contains("coordinated 1", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SecondWatchlistOnTheSameTarget_ItsSubscriptionHearsTheAlertsOnIt_OnceEach_AndNothingElse()
    {
        var output = await SessionAsync($"""
            /watchlist create ukraine-war
            /watch add #donbas ukraine-war
            /subscribe ukraine-war alerts
            replay {WorkerHost.DemoDataset}
            /alerts watchlist:ukraine-war since:30d limit:50
            /deliveries list
            /digest ukraine-war
            """);

        var replay = After(output, "> replay");
        Assert.Equal(1, Regex.Count(replay, @"== Volume surge on #donbas · A-"));
        Assert.Equal(1, Regex.Count(replay, @"== Coordinated posting on #donbas · A-"));
        Assert.DoesNotContain("== Volume surge on #peace", replay, StringComparison.Ordinal);
        Assert.DoesNotContain("== Volume surge on #russia", replay, StringComparison.Ordinal);
        var alerts = After(output, "> /alerts");
        Assert.Contains("· #donbas ·", alerts, StringComparison.Ordinal);
        Assert.DoesNotContain("· #peace ·", alerts, StringComparison.Ordinal);
        Assert.DoesNotContain("sent 0", After(output, "> /deliveries"), StringComparison.Ordinal);
        Assert.DoesNotContain("Nothing new", After(output, "> /digest"), StringComparison.Ordinal);
    }

    private static string After(string text, string marker)
    {
        var start = text.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{marker}' not in the session output");
        var end = text.IndexOf("\n> ", start + marker.Length, StringComparison.Ordinal);
        return end < 0 ? text[start..] : text[start..end];
    }

    [Fact]
    public async Task AsUser_ReplayAndImport_AreRefusedAndStoreNothing()
    {
        var output = await SessionAsync($"""
            replay {WorkerHost.DemoDataset}
            import {WorkerHost.DemoDataset}
            /alerts since:30d
            """, asUser: true);

        Assert.Equal(2, Regex.Count(output, "Not allowed: replay and import are operator verbs"));
        Assert.DoesNotContain("posts replayed", output, StringComparison.Ordinal);
        Assert.Contains("No alerts", After(output, "> /alerts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AsUser_AdminCommand_IsRefusedAndChangesNothing()
    {
        var output = await SessionAsync("""
            /watch add #brandnew
            /watch list
            /audit
            """, asUser: true);

        Assert.Contains("== Not allowed ==", output, StringComparison.Ordinal);
        Assert.DoesNotContain("#brandnew ·", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Now watching #brandnew", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AdminChange_ShowsInTheAuditLog()
    {
        var output = await SessionAsync("""
            /watch add #brandnew
            /audit
            """);

        var audit = output[output.IndexOf("> /audit", StringComparison.Ordinal)..];
        Assert.Contains("watch add", audit, StringComparison.Ordinal);
        Assert.Contains("#brandnew", audit, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BadArguments_GetAUsageReplyNamingTheProblem()
    {
        var output = await SessionAsync("""
            /status donbas
            /subscribe tz:Mars/Olympus
            """);

        Assert.Contains("'target' must be #hashtag, sound:<id> or kw:<text>", output, StringComparison.Ordinal);
        Assert.Contains("'tz' must be a time zone", output, StringComparison.Ordinal);
        Assert.Contains("Usage: /status <target>", output, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"(A-[0-9A-Z]{4,12}) · coordination · #donbas")]
    private static partial Regex CoordinationLine();
}
