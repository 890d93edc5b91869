using System.Text.Json;
using FactBot.Benchmarks.Streaming;
using FactBot.Core;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Time;
using FactBot.Core.Watchlists;
using FactBot.Sources;
using FactBot.Sources.Import;
using FactBot.Sources.Labels;
using FactBot.Sources.Replay;
using FactBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Benchmarks.Demo;

/// <summary>
/// The demo's replay without process start-up or printing: Core, Sources and an in-memory store composed as the
/// host does for the demo, the demo's watchlists and labels seeded, then what the worker's (internal) ReplayRunner
/// does: sort the file, start the virtual clock at its first post, run the ingest pipeline on that clock (store,
/// detect, advance every minute) and close the last hour.
/// </summary>
internal sealed record InProcessDemo(TimeSpan Setup, TimeSpan Replay, long Stored, IReadOnlyDictionary<AlertKind, int> Fired)
{
    public static async Task<InProcessDemo> RunAsync(string demoFolder, CancellationToken ct)
    {
        var time = TimeProvider.System;
        var start = time.GetTimestamp();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = ":memory:" })
            .Build();
        var clock = new VirtualTimeProvider(DateTimeOffset.UnixEpoch);
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddFactBotCore(configuration)
            .AddFactBotStorage(configuration)
            .AddFactBotSources(configuration)
            .BuildServiceProvider();

        var registry = services.GetRequiredService<WatchlistRegistry>();
        await registry.SeedAsync(ReadWatchlists(Path.Combine(demoFolder, "watchlists.json")), ct: ct);
        await registry.ReloadAsync(ct);
        var labels = LabelFileLoader.Load(Path.Combine(demoFolder, "labels.csv"));
        if (!labels.IsSuccess)
            throw new InvalidOperationException(labels.Error.Message);
        await services.GetRequiredService<ILabelStore>().UpsertAsync(labels.Value.Labels, ct);
        await services.GetRequiredService<LabelIndex>().ReloadAsync(ct);
        var tally = new AlertTally();
        var engine = services.GetRequiredService<DetectionEngine>();
        engine.AddHandler(tally);
        var setup = time.GetElapsedTime(start);

        var replayStart = time.GetTimestamp();
        var source = PostFileSources.Open(Path.Combine(demoFolder, DemoBench.DatasetFile), clock);
        if (!source.IsSuccess)
            throw new InvalidOperationException(source.Error.Message);
        var ordered = await SortedReplaySource.EnsureSortedAsync(source.Value, ct);
        if (ordered.FirstPostAt is { } first)
            clock.Reset(first);

        var result = await services.GetRequiredService<IngestPipeline>().RunAsync(ordered.Source, new IngestRun { ReplayClock = clock }, ct);
        var now = clock.GetUtcNow();
        var end = new DateTimeOffset(now.UtcTicks - (now.UtcTicks % TimeSpan.TicksPerHour), TimeSpan.Zero).AddHours(1);
        clock.AdvanceTo(end);
        await engine.AdvanceAsync(end, ct: ct);
        return new InProcessDemo(setup, time.GetElapsedTime(replayStart), result.Stored, tally.Fired);
    }

    // config/demo/watchlists.json: {"watchlists":[{"name":"main","targets":["#donbas","sound:…"]}]}
    private static List<Watchlist> ReadWatchlists(string path)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return [.. json.RootElement.GetProperty("watchlists").EnumerateArray().Select(list => new Watchlist
        {
            Name = list.GetProperty("name").GetString() ?? Watchlist.MainName,
            Targets = [.. list.GetProperty("targets").EnumerateArray().Select(t => WatchTarget.Parse(t.GetString())).Where(r => r.IsSuccess).Select(r => r.Value!)],
        })];
    }
}
