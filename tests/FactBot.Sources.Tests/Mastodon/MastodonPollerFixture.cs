using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Sources.Mastodon;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Sources.Tests.Mastodon;

/// <summary>A poller over in-memory stores and up to two fake instances; the stores outlive pollers (a restart).</summary>
internal sealed class MastodonPollerFixture : IDisposable
{
    public static readonly DateTimeOffset Now = new(2024, 4, 5, 12, 30, 0, TimeSpan.Zero);

    private readonly SingleHttpClientFactory _http = new();
    private readonly DetectionEngine _engine = new([], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), []);

    public FakeTimeProvider Time { get; } = new(Now);

    public InMemoryPostStore Posts { get; } = new();

    public InMemoryCheckpointStore Checkpoints { get; } = new();

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public MastodonFake A { get; } = new();

    public MastodonFake B { get; } = new();

    public static MastodonOptions Options(params MastodonFake[] instances) => new()
    {
        Instances = [.. instances.Select(i => i.BaseUrl)],
        Hashtags = ["donbas"],
        HashtagsFromWatchlists = false,
    };

    public MastodonPoller CreateSut(MastodonOptions options)
    {
        var pipeline = new IngestPipeline(
            Posts, Checkpoints, new LabelIndex(new InMemoryLabelStore()), _engine, new IngestOptions(), Time,
            NullLogger<IngestPipeline>.Instance);
        return new MastodonPoller(
            _http, pipeline, Watchlists, Microsoft.Extensions.Options.Options.Create(options), Time, NullLogger<MastodonPoller>.Instance);
    }

    /// <summary>The checkpoint id a fake instance's hashtag is stored under.</summary>
    public static string SourceId(MastodonFake instance, string tag) =>
        $"mastodon:{new Uri(instance.BaseUrl).Authority.ToLowerInvariant()}#{tag}";

    public void Dispose()
    {
        A.Dispose();
        B.Dispose();
        _engine.Dispose();
        _http.Dispose();
    }
}
