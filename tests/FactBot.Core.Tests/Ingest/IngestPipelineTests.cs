using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.Core.Time;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using FactBot.TestKit.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Ingest;

public sealed class IngestPipelineTests : IDisposable
{
    private readonly IngestWorld _world = new();
    private readonly InMemoryPostStore _posts;
    private readonly InMemoryCheckpointStore _checkpoints;
    private readonly InMemoryLabelStore _labels;
    private readonly InMemoryAlertStore _alerts;
    private readonly RecordingDetector _detector;
    private readonly DetectionEngine _engine;
    private readonly FakeTimeProvider _time;

    public IngestPipelineTests() =>
        (_posts, _checkpoints, _labels, _alerts, _detector, _engine, _time) =
        (_world.Posts, _world.Checkpoints, _world.Labels, _world.Alerts, _world.Detector, _world.Engine, _world.Time);

    public void Dispose() => _world.Dispose();

    private IngestPipeline CreateSut(int batchSize = 4) => _world.Pipeline(batchSize);

    private static List<Post> Posts(int count) =>
        [.. Enumerable.Range(1, count).Select(i => PostBuilder.Create(id: $"p{i}", author: $"u{i % 3}", at: PostBuilder.Epoch.AddSeconds(i * 30)))];

    [Fact]
    public async Task RunAsync_MalformedRecordInTheMiddle_IsReportedAndTheRestStored()
    {
        var items = Posts(3).Select((p, i) => SourceItem.Of($"{i + 1}", p)).ToList();
        items.Insert(1, SourceItem.Malformed("file.jsonl:2", "not JSON"));
        var reported = new List<MalformedRecord>();

        var result = await CreateSut().RunAsync(new ListPostSource("s", items), new IngestRun { OnMalformed = reported.Add });

        Assert.Equal(3, result.Stored);
        Assert.Equal(1, result.Malformed);
        Assert.Equal("file.jsonl:2", Assert.Single(reported).Position);
        Assert.Equal(3, await _posts.CountAsync());
    }

    [Fact]
    public async Task RunAsync_SameSourceTwice_StoresEachPostOnceAndResumes()
    {
        var source = new ListPostSource("s", Posts(10));

        var first = await CreateSut().RunAsync(source, new IngestRun());
        var second = await CreateSut().RunAsync(source, new IngestRun());

        Assert.Equal(10, first.Stored);
        Assert.Equal(0, second.Read);
        Assert.True(second.Resumed);
        Assert.Equal(10, await _posts.CountAsync());
    }

    [Fact]
    public async Task RunAsync_CrashHalfWayThenRestart_StoresEveryPostExactlyOnce()
    {
        var posts = Posts(25);
        var crashing = new ListPostSource("s", posts) { FailAfter = 13 };

        await Assert.ThrowsAsync<IOException>(() => CreateSut().RunAsync(crashing, new IngestRun()));
        var storedBeforeRestart = await _posts.CountAsync();
        var result = await CreateSut().RunAsync(new ListPostSource("s", posts), new IngestRun());

        Assert.InRange(storedBeforeRestart, 1, 24);
        Assert.True(result.Resumed);
        Assert.Equal(25, await _posts.CountAsync());
        foreach (var post in posts)
            Assert.NotNull(await _posts.GetAsync(post.Key));
        Assert.Equal(25, storedBeforeRestart + result.Stored);
    }

    [Fact]
    public async Task RunAsync_DuplicateKeysInTheSource_AreStoredAndDetectedOnce()
    {
        var post = PostBuilder.Create(id: "dup");
        var source = new ListPostSource("s", [post, post with { Text = "again" }, PostBuilder.Create(id: "other")]);

        var result = await CreateSut().RunAsync(source, new IngestRun());

        Assert.Equal(2, result.Stored);
        Assert.Equal(1, result.Duplicates);
        Assert.Equal(["tiktok:dup", "tiktok:other"], _detector.Observed.Select(p => p.Key));
    }

    [Fact]
    public async Task RunAsync_LabelledAuthor_JoinsTheLabelBeforeStoringAndDetecting()
    {
        await _labels.UpsertAsync([new AccountLabel { Platform = "tiktok", Handle = "statewire", Category = LabelCategory.StateControlled, Source = "test" }]);
        var index = new LabelIndex(_labels);
        await index.ReloadAsync();
        var pipeline = new IngestPipeline(_posts, _checkpoints, index, _engine, new IngestOptions(), _time, NullLogger<IngestPipeline>.Instance);

        await pipeline.RunAsync(new ListPostSource("s", [PostBuilder.Create(id: "1", author: "@StateWire")]), new IngestRun());

        Assert.Equal(LabelCategory.StateControlled, (await _posts.GetAsync("tiktok:1"))!.AuthorLabel?.Category);
        Assert.NotNull(_detector.Observed.Single().AuthorLabel);
    }

    [Fact]
    public async Task RunAsync_Replay_AdvancesDetectorsByPostTimeNotByBatch()
    {
        var clock = new VirtualTimeProvider(DateTimeOffset.UnixEpoch);
        var posts = Posts(10);

        await CreateSut(batchSize: 3).RunAsync(new ListPostSource("a", posts), new IngestRun { ReplayClock = clock });
        var firstRun = _detector.Advances.ToList();
        _detector.Advances.Clear();
        await CreateSut(batchSize: 7).RunAsync(new ListPostSource("b", posts.Select(p => p with { PlatformPostId = p.PlatformPostId + "b" })), new IngestRun { ReplayClock = new VirtualTimeProvider(DateTimeOffset.UnixEpoch) });

        Assert.Equal(posts[^1].CreatedAt, clock.GetUtcNow());
        Assert.NotEmpty(firstRun);
        Assert.Equal(firstRun, _detector.Advances);
        Assert.All(firstRun, t => Assert.True(t > posts[0].CreatedAt));
    }

    [Fact]
    public async Task RunAsync_ReplaySignal_OpensAnAlertAtVirtualTime()
    {
        var clock = new VirtualTimeProvider(DateTimeOffset.UnixEpoch);
        _detector.Emit(SignalBuilder.Surge());

        await CreateSut().RunAsync(new ListPostSource("s", Posts(10)), new IngestRun { ReplayClock = clock });

        var alert = Assert.Single(await _alerts.GetOpenAsync());
        Assert.True(alert.OpenedAt >= PostBuilder.Epoch && alert.OpenedAt <= PostBuilder.Epoch.AddMinutes(5));
    }

    [Fact]
    public async Task RunAsync_ImportWithoutDetection_StoresButDoesNotFeedDetectors()
    {
        await CreateSut().RunAsync(new ListPostSource("s", Posts(5)), new IngestRun { Detect = false });

        Assert.Equal(5, await _posts.CountAsync());
        Assert.Empty(_detector.Observed);
    }

    [Fact]
    public async Task RunAsync_LiveSourceResumedOnEveryPoll_FeedsEachPostToTheDetectorsOnce()
    {
        var posts = Posts(6);

        await CreateSut().RunAsync(new ListPostSource("s", posts.Take(3)), new IngestRun());
        _time.Advance(TimeSpan.FromHours(1));
        await CreateSut().RunAsync(new ListPostSource("s", posts), new IngestRun());

        Assert.Equal(posts.Select(p => p.Key), _detector.Observed.Select(p => p.Key));
    }
}
