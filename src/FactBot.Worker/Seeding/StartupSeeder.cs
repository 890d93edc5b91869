using FactBot.Core.Abstractions;
using FactBot.Core.Labels;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.Sources.Labels;
using Microsoft.Extensions.Logging;

namespace FactBot.Worker.Seeding;

/// <summary>
/// Brings the store up to what the configuration declares: seed watchlists (an admin's later edits win), label
/// files, and a console subscription so the operator sees alerts. Then loads both into the detectors' view.
/// </summary>
internal sealed partial class StartupSeeder(
    WatchlistRegistry watchlists,
    ILabelStore labelStore,
    LabelIndex labelIndex,
    ISubscriptionStore subscriptions,
    TimeProvider time,
    ILogger<StartupSeeder> logger)
{
    public async Task SeedAsync(string? watchlistFile, string? labelsPath, bool consoleSubscription, bool mergeTargets = false, CancellationToken ct = default)
    {
        if (watchlistFile is not null && File.Exists(watchlistFile))
        {
            var seed = WatchlistSeedFile.Load(watchlistFile);
            if (seed.IsSuccess)
                await watchlists.SeedAsync(seed.Value, mergeTargets, ct);
            else
                LogSeedProblem(logger, seed.Error.Message);
        }

        var lists = await watchlists.ReloadAsync(ct);
        foreach (var file in LabelFiles(labelsPath))
        {
            var import = LabelFileLoader.Load(file, version: null);
            if (!import.IsSuccess)
            {
                LogSeedProblem(logger, import.Error.Message);
                continue;
            }

            await labelStore.UpsertAsync(import.Value.Labels, ct);
        }

        await labelIndex.ReloadAsync(ct);
        if (consoleSubscription)
            await SubscribeConsoleAsync(lists, ct);
    }

    private async Task SubscribeConsoleAsync(IReadOnlyList<Watchlist> lists, CancellationToken ct)
    {
        foreach (var list in lists)
        {
            var subscription = new Subscription { Chat = ChatRef.Console, Watchlist = list.Name, CreatedAt = time.GetUtcNow(), CreatedBy = "operator" };
            if (await subscriptions.GetAsync(subscription.Id, ct) is null)
                await subscriptions.UpsertAsync(subscription, ct);
        }
    }

    private static IEnumerable<string> LabelFiles(string? path) => path switch
    {
        null => [],
        _ when Directory.Exists(path) => Directory.EnumerateFiles(path, "*.csv").Order(StringComparer.Ordinal),
        _ when File.Exists(path) => [path],
        _ => [],
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Configuration seed skipped: {Problem}")]
    private static partial void LogSeedProblem(ILogger logger, string problem);
}
