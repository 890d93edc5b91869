using FactBot.Core;
using FactBot.Core.Abstractions;
using FactBot.Core.Commands;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Posts;
using FactBot.Core.Time;
using FactBot.Core.Watchlists;
using FactBot.Sources;
using FactBot.Storage;
using FactBot.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Benchmarks.Commands;

/// <summary>
/// The whole FactBot composition (Core, Storage on a LiteDB file, Sources, Worker) as the host builds it, filled with
/// a synthetic corpus: posts stored in batches and fed to the volume-surge detector hour by hour, as ingest and the
/// bin-close job would, then alerts stored. Commands then run through the real dispatcher.
/// </summary>
internal sealed class BenchWorld(ServiceProvider services, string folder, VirtualTimeProvider clock, SwitchableChartRenderer charts) : IAsyncDisposable
{
    private const int Batch = 5_000;
    private const int ExamplesPerTarget = 20;

    public CommandDispatcher Dispatcher => services.GetRequiredService<CommandDispatcher>();

    /// <summary>A service of the composition (benches that drive one part directly).</summary>
    public T Get<T>()
        where T : notnull => services.GetRequiredService<T>();

    public SwitchableChartRenderer Charts => charts;

    public DateTimeOffset Now => clock.GetUtcNow();

    public string DatabasePath => Path.Combine(folder, "factbot.db");

    public static BenchWorld Create(string folder)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(folder, "factbot.db") })
            .Build();
        var clock = new VirtualTimeProvider(DateTimeOffset.UnixEpoch);
        var charts = new SwitchableChartRenderer();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddSingleton<IChartRenderer>(charts)
            .AddFactBotCore(configuration)
            .AddFactBotStorage(configuration)
            .AddFactBotSources(configuration)
            .AddFactBotWorker(configuration);
        charts.Inner = DrawingRenderer(configuration);
        return new BenchWorld(services.BuildServiceProvider(), folder, clock, charts);
    }

    /// <summary>Labels and watchlists, then the posts (stored and counted), then the alerts. Returns the examples kept per target.</summary>
    public async Task<Dictionary<string, List<(string Key, string Author)>>> FillAsync(
        SyntheticCorpus corpus, IEnumerable<Post> posts, TextWriter log, CancellationToken ct)
    {
        await services.GetRequiredService<ILabelStore>().UpsertAsync(corpus.Labels, ct);
        var watchlists = services.GetRequiredService<IWatchlistStore>();
        for (var w = 0; w < SyntheticCorpus.Watchlists; w++)
        {
            var name = SyntheticCorpus.WatchlistOf(w);
            var targets = corpus.Targets.Where((_, i) => SyntheticCorpus.WatchlistOf(i) == name).ToList();
            await watchlists.UpsertAsync(new Watchlist { Name = name, Targets = targets }, ct);
        }

        await services.GetRequiredService<WatchlistRegistry>().ReloadAsync(ct);
        var matcher = services.GetRequiredService<Core.Detection.DetectionEngine>().Matcher;
        var surge = services.GetRequiredService<VolumeSurgeDetector>();
        var store = services.GetRequiredService<IPostStore>();
        var examples = new Dictionary<string, List<(string Key, string Author)>>(StringComparer.Ordinal);
        var batch = new List<Post>(Batch);
        var hour = long.MinValue;
        var stored = 0L;
        foreach (var post in posts)
        {
            // The bin-close job: once a post of a new hour arrives, every earlier hour has ended.
            var postHour = post.CreatedAt.UtcTicks / TimeSpan.TicksPerHour;
            if (postHour > hour)
            {
                stored += await FlushAsync(store, batch, ct);
                hour = postHour;
                var start = new DateTimeOffset(hour * TimeSpan.TicksPerHour, TimeSpan.Zero);
                clock.AdvanceTo(start);
                surge.Advance(start);
                if (hour % 24 == 0)
                    await log.WriteLineAsync($"  {start:yyyy-MM-dd}: {stored:N0} posts stored");
            }

            var watched = matcher.Match(post);
            surge.Observe(post, watched);
            foreach (var target in watched)
                Keep(examples, target.Target.Key, post);
            batch.Add(post);
            if (batch.Count == Batch)
                stored += await FlushAsync(store, batch, ct);
        }

        await FlushAsync(store, batch, ct);
        return examples;
    }

    public async Task StoreAlertsAsync(IEnumerable<Core.Alerts.Alert> alerts, CancellationToken ct)
    {
        var store = services.GetRequiredService<IAlertStore>();
        foreach (var alert in alerts)
            await store.UpsertAsync(alert, ct);
    }

    /// <summary>Moves the clock (and closes the bins that ended), as the bin-close job would.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        clock.AdvanceTo(now);
        services.GetRequiredService<VolumeSurgeDetector>().Advance(now);
    }

    public long DatabaseBytes() => Directory.EnumerateFiles(folder).Sum(f => new FileInfo(f).Length);

    /// <summary>Leave the database behind at disposal (a bench that opens it again, like a restart).</summary>
    public bool KeepFiles { get; set; }

    public async ValueTask DisposeAsync()
    {
        await services.DisposeAsync();
        if (!KeepFiles)
            Directory.Delete(folder, recursive: true);
    }

    private static async Task<int> FlushAsync(IPostStore store, List<Post> batch, CancellationToken ct)
    {
        if (batch.Count == 0)
            return 0;
        var added = await store.AddNewAsync([.. batch], ct);
        batch.Clear();
        return added.Count;
    }

    private static void Keep(Dictionary<string, List<(string Key, string Author)>> examples, string target, Post post)
    {
        if (!examples.TryGetValue(target, out var list))
            examples[target] = list = new List<(string, string)>(ExamplesPerTarget + 1);
        list.Add((post.Key, post.AuthorKey));
        if (list.Count > ExamplesPerTarget)
            list.RemoveAt(0);
    }

    // The worker's ScottPlot renderer is internal; a container of its own hands it over without starting anything.
    private static IChartRenderer? DrawingRenderer(IConfiguration configuration)
    {
        using var worker = new ServiceCollection()
            .AddLogging()
            .AddSingleton(configuration)
            .AddFactBotWorker(configuration)
            .BuildServiceProvider();
        return worker.GetService<IChartRenderer>();
    }
}
