using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FactBot.Worker.Cli;

/// <summary>Runs a parsed command against the built host.</summary>
internal static class CliRunner
{
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
