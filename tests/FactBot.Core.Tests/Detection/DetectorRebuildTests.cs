using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Time;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using FactBot.TestKit.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Detection;

/// <summary>
/// After a restart the detectors must stand exactly where they stood: a fresh detector rebuilt from the store and the
/// journal sees the same calls, in the same order, as the one that ran.
/// </summary>
public sealed class DetectorRebuildTests
{
    private readonly InMemoryPostStore _posts = new();
    private readonly InMemoryCheckpointStore _checkpoints = new();
    private readonly InMemoryDetectionJournal _journal = new();
    private readonly InMemoryAlertStore _alerts = new();
    private readonly InMemoryLabelStore _labels = new();

    // 300 posts over five hours at irregular gaps, so steps fall inside batches as well as between them.
    private static List<Post> Posts() =>
    [
        .. Enumerable.Range(1, 300).Select(i =>
            PostBuilder.Create(id: $"p{i}", author: $"u{i % 7}", at: PostBuilder.Epoch.AddSeconds((i * 61) + (i % 5 * 7)))),
    ];

    [Fact]
    public async Task Rebuild_AfterAnUninterruptedReplay_ReplaysEveryObservationAndStepInOrder()
    {
        var (first, engine) = Engine();
        using (engine)
            await ReplayAsync(engine, new ListPostSource("s", Posts()));

        var (rebuilt, fresh) = Engine();
        using (fresh)
        {
            var replayed = await fresh.EnsureRebuiltAsync(_posts, TimeSpan.FromDays(8));
            Assert.Equal(300, replayed);
            Assert.Contains(first.Log, e => e.StartsWith("advance:", StringComparison.Ordinal));
            Assert.Equal(first.Log, rebuilt.Log);
            Assert.Equal(0, await fresh.EnsureRebuiltAsync(_posts, TimeSpan.FromDays(8)));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(7)]
    [InlineData(299)]
    public async Task Rebuild_InPagesOfAnySize_ReplaysEveryObservationAndStepInOrder(int pageSize)
    {
        var (first, engine) = Engine();
        using (engine)
            await ReplayAsync(engine, new ListPostSource("s", Posts()));

        var (rebuilt, fresh) = Engine();
        using (fresh)
        {
            // The next page is read while the detectors take this one: the order they see must not change.
            var replayed = await new DetectorRebuild(_posts, _journal, fresh, pageSize).RunAsync(TimeSpan.FromDays(8), CancellationToken.None);
            Assert.Equal(300, replayed);
            Assert.Equal(first.Log, rebuilt.Log);
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(57)]
    [InlineData(128)]
    [InlineData(299)]
    public async Task Replay_StoppedAfterAnyRecordThenRestarted_DetectorSeesWhatAnUninterruptedRunSaw(int stopAfter)
    {
        var expected = await UninterruptedLogAsync();

        var (_, crashed) = Engine();
        using (crashed)
        {
            var source = new ListPostSource("s", Posts()) { FailAfter = stopAfter };
            await Assert.ThrowsAsync<IOException>(() => ReplayAsync(crashed, source));
        }

        var (restarted, engine) = Engine();
        using (engine)
        {
            await engine.EnsureRebuiltAsync(_posts, TimeSpan.FromDays(8));
            await ReplayAsync(engine, new ListPostSource("s", Posts()));
            Assert.Equal(expected, restarted.Log);
        }
    }

    [Fact]
    public async Task Rebuild_WithLiveSteps_ReplaysThemAfterThePostsTheyFollowed()
    {
        var (live, engine) = Engine();
        using (engine)
        {
            var pipeline = Pipeline(engine);
            var posts = Posts();
            for (var part = 0; part < 3; part++)
            {
                await pipeline.RunAsync(new ListPostSource($"poll{part}", posts.Skip(part * 100).Take(100)), new IngestRun());
                await engine.AdvanceAsync(PostBuilder.Epoch.AddHours(part + 1));
            }
        }

        var (rebuilt, fresh) = Engine();
        using (fresh)
            await fresh.EnsureRebuiltAsync(_posts, TimeSpan.FromDays(8));
        Assert.Equal(3, _journal.All.Count(m => m.IsStep));
        Assert.Equal(live.Log, rebuilt.Log);
    }

    [Fact]
    public async Task Rebuild_StartsAfterTheLastStepBeforeTheLookback()
    {
        var (_, engine) = Engine();
        using (engine)
            await ReplayAsync(engine, new ListPostSource("s", Posts()));
        var last = _journal.All[^1];
        var lookback = TimeSpan.FromHours(2);
        var before = _journal.All.Last(m => m.At < last.At - lookback);

        var (rebuilt, fresh) = Engine();
        using (fresh)
            await fresh.EnsureRebuiltAsync(_posts, lookback);

        var firstObserved = rebuilt.Log.First(e => e.StartsWith("observe:", StringComparison.Ordinal));
        var firstPost = (await _posts.ReadAfterSequenceAsync(before.AfterSequence, 1))[0].Post;
        Assert.Equal("observe:" + firstPost.Key, firstObserved);
        Assert.Equal(_journal.All.Count(m => m.IsStep && m.At >= last.At - lookback), rebuilt.Advances.Count);
    }

    private async Task<List<string>> UninterruptedLogAsync()
    {
        var posts = new InMemoryPostStore();
        var journal = new InMemoryDetectionJournal();
        var detector = new RecordingDetector();
        using var engine = new DetectionEngine([detector], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), [], new PassThroughAtomicScope(), journal);
        var pipeline = new IngestPipeline(posts, new InMemoryCheckpointStore(), new LabelIndex(_labels), engine, Options(), new FakeTimeProvider(PostBuilder.Epoch), NullLogger<IngestPipeline>.Instance);
        await pipeline.RunAsync(new ListPostSource("s", Posts()), new IngestRun { ReplayClock = new VirtualTimeProvider(PostBuilder.Epoch) });
        return detector.Log;
    }

    private (RecordingDetector Detector, DetectionEngine Engine) Engine()
    {
        var detector = new RecordingDetector();
        var engine = new DetectionEngine([detector], new AlertEngine(_alerts, new AlertOptions()), [], new PassThroughAtomicScope(), _journal);
        return (detector, engine);
    }

    private IngestPipeline Pipeline(DetectionEngine engine) => new(
        _posts, _checkpoints, new LabelIndex(_labels), engine, Options(), new FakeTimeProvider(PostBuilder.Epoch), NullLogger<IngestPipeline>.Instance);

    private static IngestOptions Options() => new() { BatchSize = 7, ChannelCapacity = 16, AdvanceEvery = TimeSpan.FromMinutes(5) };

    private Task<IngestResult> ReplayAsync(DetectionEngine engine, ListPostSource source) =>
        Pipeline(engine).RunAsync(source, new IngestRun { ReplayClock = new VirtualTimeProvider(PostBuilder.Epoch) });
}
