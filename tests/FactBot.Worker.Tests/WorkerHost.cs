using System.Runtime.CompilerServices;
using FactBot.Core;
using FactBot.Discord;
using FactBot.Sources;
using FactBot.Storage;
using FactBot.Telegram;
using FactBot.Worker.Cli;
using FactBot.Worker.Delivery;
using FactBot.Worker.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactBot.Worker.Tests;

/// <summary>Builds the real host as Program.cs does, with configuration overrides and console output captured.</summary>
internal static class WorkerHost
{
    public static IHost Build(CliCommand command, StringWriter output, IDictionary<string, string?>? settings = null, StringWriter? error = null)
    {
        var builder = FactBotHost.CreateBuilder(command);
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Services.AddSingleton(new ConsoleOutput(output, error ?? output));
        builder.Services
            .AddFactBotCore(builder.Configuration)
            .AddFactBotStorage(builder.Configuration)
            .AddFactBotSources(builder.Configuration)
            .AddFactBotTelegram(builder.Configuration)
            .AddFactBotDiscord(builder.Configuration)
            .AddFactBotWorker(builder.Configuration);
        return builder.Build();
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(CliCommand command, IDictionary<string, string?>? settings = null)
    {
        using var output = new StringWriter();
        using var host = Build(command, output, settings);
        var code = await CliRunner.RunAsync(host, command);
        return (code, output.ToString());
    }

    /// <summary>The repo root: above the test binaries, or (with an artifacts path elsewhere) above this source file.</summary>
    public static string RepoRoot([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile)! })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
                    return dir.FullName;
            }
        }

        throw new InvalidOperationException("FactBot.sln not found above the test folder or the test sources.");
    }

    public static string DemoDataset => Path.Combine(RepoRoot(), "config", "demo", "fistbump.factbot.jsonl.gz");
}
