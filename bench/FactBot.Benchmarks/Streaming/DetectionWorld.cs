using FactBot.Core;
using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Time;
using FactBot.Core.Watchlists;
using FactBot.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Core as the host composes it (<c>AddFactBotCore</c>: the real detectors, the alert engine and router) on an
/// in-memory LiteDB store (<c>AddFactBotStorage</c> with <c>:memory:</c>, which holds the alerts), a virtual clock,
/// the scenario's labels in the label index and its 10,000 targets on one watchlist.
/// </summary>
internal sealed class DetectionWorld(ServiceProvider services, VirtualTimeProvider clock) : IAsyncDisposable
{
    public VirtualTimeProvider Clock => clock;

    public DetectionEngine Engine => services.GetRequiredService<DetectionEngine>();

    public StreamingCoordinationDetector? Coordination => Engine.Detectors.OfType<StreamingCoordinationDetector>().FirstOrDefault();

    public AlertEngine Alerts => services.GetRequiredService<AlertEngine>();

    public LabelIndex Labels => services.GetRequiredService<LabelIndex>();

    public IngestOptions Ingest => services.GetRequiredService<IngestOptions>();

    public static async Task<DetectionWorld> CreateAsync(StreamScenario scenario, CancellationToken ct)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = ":memory:" })
            .AddEnvironmentVariables("FACTBOT_BENCH_") // e.g. FACTBOT_BENCH_Detection__Coordination__Objects=None, to take one detector out
            .Build();
        var clock = new VirtualTimeProvider(scenario.Start);
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(clock)
            .AddFactBotCore(configuration)
            .AddFactBotStorage(configuration)
            .BuildServiceProvider();

        await services.GetRequiredService<ILabelStore>().UpsertAsync(scenario.Labels, ct);
        await services.GetRequiredService<LabelIndex>().ReloadAsync(ct);
        var watchlist = new Watchlist { Name = StreamScenario.Watchlist, Targets = [.. scenario.Targets] };
        await services.GetRequiredService<IWatchlistStore>().UpsertAsync(watchlist, ct);
        await services.GetRequiredService<WatchlistRegistry>().ReloadAsync(ct);
        return new DetectionWorld(services, clock);
    }

    public ValueTask DisposeAsync() => services.DisposeAsync();
}
