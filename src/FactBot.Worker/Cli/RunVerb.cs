using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Worker.Hosting;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary><c>factbot run</c>: seed from configuration, rebuild detector state from stored posts, then run the jobs.</summary>
internal sealed class RunVerb(
    StartupSeeder seeder,
    IPostStore posts,
    DetectionEngine engine,
    IOptions<WorkerOptions> options,
    IngestOptions ingest,
    ContentRoot root,
    TimeProvider time)
{
    public async Task<int> RunAsync(IHost host, CancellationToken ct)
    {
        await seeder.SeedAsync(root.Resolve(options.Value.SeedWatchlists), root.Resolve(options.Value.SeedLabels), consoleSubscription: true, ct: ct);
        var now = time.GetUtcNow();
        var recent = await posts.GetCreatedBetweenAsync(now - ingest.WarmUp, now, ct);
        await engine.ObserveAsync(recent, ct);
        await engine.AdvanceAsync(now, emit: false, ct);
        await host.RunAsync(ct);
        return 0;
    }
}
