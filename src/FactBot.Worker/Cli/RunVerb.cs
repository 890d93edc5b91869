using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Health;
using FactBot.Core.Ingest;
using FactBot.Worker.Hosting;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary><c>factbot run</c>: seed from configuration, rebuild the detectors from the store, then run the jobs.</summary>
internal sealed class RunVerb(
    StartupSeeder seeder,
    IPostStore posts,
    IDetectionJournal journal,
    DetectionEngine engine,
    IOptions<WorkerOptions> options,
    IngestOptions ingest,
    ContentRoot root,
    PlatformHealth health,
    TimeProvider time)
{
    public async Task<int> RunAsync(IHost host, CancellationToken ct)
    {
        await seeder.SeedAsync(root.Resolve(options.Value.SeedWatchlists), root.Resolve(options.Value.SeedLabels), consoleSubscription: true, ct: ct);
        var firstStart = await journal.LastAsync(ct) is null;
        await engine.EnsureRebuiltAsync(posts, ingest.WarmUp, ct);

        // A store that detectors never stepped through (imported history, a new database) is baseline, not news. After
        // that, bins that closed while FactBot was down are judged by the first bin-close, as they would have been.
        if (firstStart)
            await engine.AdvanceAsync(time.GetUtcNow(), emit: false, ct);
        await host.RunAsync(ct);
        if (health.FatalError is not { } fatal)
            return ExitCodes.Ok;

        // Stopped because a platform refused for good (a rejected token): say so where the operator looks first.
        await Console.Error.WriteLineAsync($"FactBot stopped: {fatal}");
        return ExitCodes.Failed;
    }
}
