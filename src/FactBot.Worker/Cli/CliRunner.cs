using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactBot.Worker.Cli;

/// <summary>Runs a parsed command against the built host.</summary>
internal static class CliRunner
{
    /// <summary>
    /// Runs the verb; an exception escaping it (a bug, or a failure no verb expected) ends in one line naming a file
    /// with the details, not a stack trace on the console, and exit code <see cref="ExitCodes.Bug"/>.
    /// </summary>
    public static async Task<int> RunGuardedAsync(IHost host, CliCommand requested, TextWriter error, CancellationToken ct = default)
    {
        try
        {
            return await RunAsync(host, requested, ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            var root = host.Services.GetRequiredService<Hosting.ContentRoot>();
            var file = CrashLog.Write(root, ex, host.Services.GetRequiredService<TimeProvider>().GetUtcNow());
            await error.WriteLineAsync($"FactBot stopped on an unexpected error: {OneLine(ex.Message)}. " +
                                       $"Nothing after it ran; the details are in {file}. Please report it with that file.");
            return ExitCodes.Bug;
        }
    }

    private static string OneLine(string message)
    {
        var line = Delivery.PlainTextRenderer.Clean(message).ReplaceLineEndings(" ").Trim().TrimEnd('.');
        return line.Length <= 300 ? line : line[..299] + "…";
    }

    public static async Task<int> RunAsync(IHost host, CliCommand requested, CancellationToken ct = default)
    {
        // The host may have turned "run" into the demo (no platform token): its copy of the command decides.
        var command = host.Services.GetRequiredService<CliCommand>();
        var services = host.Services;
        return command.Verb switch
        {
            CliVerb.Demo => await services.GetRequiredService<DemoVerb>().RunAsync(command, ct),
            CliVerb.Import => await services.GetRequiredService<ImportVerb>().RunAsync(command, ct),
            CliVerb.Replay => await services.GetRequiredService<ReplayVerb>().RunAsync(command, ct),
            CliVerb.Console => await services.GetRequiredService<ConsoleVerb>().RunAsync(command, ct),
            CliVerb.LabelsImport => await services.GetRequiredService<LabelsImportVerb>().RunAsync(command, ct),
            _ => await services.GetRequiredService<RunVerb>().RunAsync(host, ct),
        };
    }
}
