using FactBot.Core.Time;
using FactBot.Worker.Cli;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace FactBot.Worker.Hosting;

/// <summary>
/// Builds the host's configuration (config/appsettings.json, user secrets, then FACTBOT__* environment variables)
/// and decides the run mode: with no platform token set, <c>run</c> becomes the demo.
/// </summary>
internal static class FactBotHost
{
    public static HostApplicationBuilder CreateBuilder(CliCommand command)
    {
        var root = ConfigLocator.FindContentRoot();
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings { ContentRootPath = root });
        builder.Configuration
            .AddJsonFile(Path.Combine(root, "config", "appsettings.json"), optional: true)
            .AddUserSecrets(typeof(FactBotHost).Assembly, optional: true)
            .AddEnvironmentVariables("FACTBOT__");
        // AddEnvironmentVariables(prefix) strips "FACTBOT__" and maps "__" to ":" for the rest.

        var mode = command.Verb == CliVerb.Run && !HasPlatformToken(builder.Configuration) ? command with { Verb = CliVerb.Demo } : command;
        if (mode.Verb == CliVerb.Demo)
        {
            // The demo never touches the operator's database: it runs on an embedded in-memory store.
            builder.Configuration.AddInMemoryCollection([new("Storage:Path", ":memory:")]);
        }

        if (mode.Verb is CliVerb.Demo or CliVerb.Replay)
            builder.Services.AddSingleton<TimeProvider>(new VirtualTimeProvider(DateTimeOffset.UnixEpoch));
        else if (mode.Verb is CliVerb.Console)
        {
            // The console starts at the real time and jumps to a dataset's time when it replays one.
            builder.Services.AddSingleton<TimeProvider>(new VirtualTimeProvider(TimeProvider.System.GetUtcNow()));
        }

        builder.Services.AddSingleton(mode);
        builder.Services.AddSingleton(new ContentRoot(root));
        ConfigureLogging(builder, mode);
        return builder;
    }

    private static readonly string[] LiveSettings = ["Telegram:Token", "Discord:Token", "TikTok:ClientKey", "Mastodon:Instances:0"];

    /// <summary>Whether anything real is configured: a chat platform token or a live API source.</summary>
    public static bool HasPlatformToken(IConfiguration configuration) =>
        LiveSettings.Any(key => !string.IsNullOrWhiteSpace(configuration[key]));

    private static void ConfigureLogging(HostApplicationBuilder builder, CliCommand mode)
    {
        builder.Logging.AddConfiguration(builder.Configuration.GetSection("Logging"));
        // stdout carries FactBot's output (alerts, digests, reports); logs go to stderr so pipes stay clean.
        builder.Logging.AddSimpleConsole(o =>
        {
            o.SingleLine = true;
            o.TimestampFormat = "HH:mm:ss ";
        });
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        if (mode.Verb != CliVerb.Run)
        {
            // Verbs that print results keep the terminal for results: only warnings and errors are logged.
            builder.Logging.AddFilter("FactBot", LogLevel.Warning);
            builder.Logging.AddFilter("Quartz", LogLevel.Warning);
        }
    }
}
