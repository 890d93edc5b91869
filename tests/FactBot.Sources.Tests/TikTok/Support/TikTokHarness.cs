using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;
using FactBot.Sources.TikTok;
using FactBot.Sources.TikTok.Api;
using FactBot.Sources.TikTok.Planning;
using FactBot.TestKit.Fakes;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>
/// The TikTok source wired against the loopback fake, with in-memory stores. The stores outlive
/// <see cref="Restart"/>, which builds new service instances on them, as a process restart would.
/// </summary>
internal sealed class TikTokHarness : IDisposable
{
    public static readonly DateTimeOffset Start = new(2024, 3, 20, 9, 0, 0, TimeSpan.Zero);

    private readonly List<IDisposable> _owned = [];

    public TikTokHarness(Action<TikTokOptions>? configure = null)
    {
        Options = new TikTokOptions
        {
            BaseUrl = Api.Url,
            ClientKey = "fixture-key",
            ClientSecret = "fixture-secret-do-not-log",
            PageSize = 10,
            InitialLookback = TimeSpan.FromDays(6),
        };
        configure?.Invoke(Options);
        Http = new LoopbackHttpClientFactory(Options.BaseUrl);
        Restart();
    }

    public FakeTikTokApi Api { get; } = new();

    public SteppingTimeProvider Time { get; } = new(Start);

    public TikTokOptions Options { get; }

    public LoopbackHttpClientFactory Http { get; }

    public InMemoryPostStore Posts { get; } = new();

    public InMemoryCheckpointStore Checkpoints { get; } = new();

    public InMemoryQuotaStore Quotas { get; } = new();

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public IngestOptions Ingest { get; } = new() { BatchSize = 4 };

    /// <summary>Every line any component logged.</summary>
    public List<string> LogLines { get; } = [];

    public TikTokQuota Quota { get; private set; } = null!;

    public TikTokTokenProvider Tokens { get; private set; } = null!;

    public TikTokPageFetcher Fetcher { get; private set; } = null!;

    public TikTokPoller Poller { get; private set; } = null!;

    public TikTokRefresher Refresher { get; private set; } = null!;

    public IngestPipeline Pipeline { get; private set; } = null!;

    /// <summary>New instances of everything but the stores and the fake (a process restart).</summary>
    public void Restart()
    {
        Quota = Own(new TikTokQuota(Quotas, Checkpoints, Options, Time));
        Tokens = Own(new TikTokTokenProvider(Http, Options, Time));
        Fetcher = new TikTokPageFetcher(new TikTokApiClient(Http), Tokens, Quota, Options, Time, Log<TikTokPageFetcher>());
        var engine = Own(new DetectionEngine([], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), []));
        Pipeline = new IngestPipeline(Posts, Checkpoints, new LabelIndex(new InMemoryLabelStore()), engine, Ingest, Time, Log<IngestPipeline>());
        Poller = Own(new TikTokPoller(Watchlists, Checkpoints, Pipeline, Fetcher, Quota, Options, Time, Log<TikTokPoller>()));
        Refresher = new TikTokRefresher(Posts, Checkpoints, Fetcher, Quota, Options, Time, Log<TikTokRefresher>());
    }

    public Task WatchAsync(params string[] targets) =>
        Watchlists.UpsertAsync(new Watchlist { Name = Watchlist.MainName, Targets = [.. targets.Select(t => WatchTarget.Parse(t).Value!)] });

    /// <summary>Videos on <paramref name="tag"/>, one every <paramref name="every"/> going back from the start.</summary>
    public IReadOnlyList<string> AddVideos(string tag, int count, TimeSpan every) =>
        Api.AddVideos(tag, Enumerable.Range(1, count).Select(i => Start - (every * i)));

    public void Dispose()
    {
        foreach (var owned in _owned)
            owned.Dispose();
        Http.Dispose();
        Api.Dispose();
    }

    private ListLogger<T> Log<T>() => new(LogLines);

    private T Own<T>(T disposable)
        where T : IDisposable
    {
        _owned.Add(disposable);
        return disposable;
    }
}
