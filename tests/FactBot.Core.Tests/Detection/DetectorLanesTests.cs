using FactBot.Core.Detection;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection;

public sealed class DetectorLanesTests
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 6, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(4)]
    public void Observe_AnyNumberOfLanes_EveryDetectorSeesEveryPostInOrder(int processors)
    {
        var detectors = Enumerable.Range(0, 3).Select(_ => new RecordingDetector()).ToList();
        var sut = new DetectorLanes(detectors, processors);
        var posts = Enumerable.Range(0, 500).Select(i => PostBuilder.Create(id: $"p{i}", at: T0.AddSeconds(i))).ToList();

        for (var batch = 0; batch < posts.Count; batch += 100)
        {
            var run = posts.Skip(batch).Take(100).ToList();
            sut.Observe(run, TargetMatcher.Empty);
        }

        Assert.All(detectors, d => Assert.Equal(posts.Select(p => p.Key), d.Observed.Select(p => p.Key)));
    }

    [Theory]
    [InlineData(33)]
    [InlineData(100)]
    [InlineData(257)]
    [InlineData(1000)]
    public void Observe_PreparingDetectorsOnTwoLanes_ObserveEveryPostInOrderAfterItsPreparation(int batchSize)
    {
        var preparing = new[] { new RecordingPreparingDetector(), new RecordingPreparingDetector() };
        var plain = new RecordingDetector();
        var sut = new DetectorLanes([preparing[0], plain, preparing[1]], 2);
        var posts = Enumerable.Range(0, 3000).Select(i => PostBuilder.Create(id: $"p{i}", at: T0.AddSeconds(i))).ToList();

        foreach (var run in posts.Chunk(batchSize))
            sut.Observe(run, TargetMatcher.Empty);

        Assert.All(preparing, d => Assert.Equal(0, d.Violations));
        var keys = posts.Select(p => p.Key).ToList();
        Assert.All(preparing, d => Assert.Equal(keys, d.Observed.Select(p => p.Key)));
        Assert.Equal(keys, plain.Observed.Select(p => p.Key));
    }

    [Fact]
    public async Task Observe_ADetectorThrowsOnOneLane_TheBatchFailsWithItsErrorInsteadOfHanging()
    {
        var failing = new RecordingDetector { FailWhen = post => post.Key.EndsWith("p150", StringComparison.Ordinal) };
        var sut = new DetectorLanes([new RecordingPreparingDetector(), failing, new RecordingDetector()], 2);
        var posts = Enumerable.Range(0, 200).Select(i => PostBuilder.Create(id: $"p{i}", at: T0.AddSeconds(i))).ToList();

        var observe = Task.Run(() => sut.Observe(posts, TargetMatcher.Empty));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => observe.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains("p150", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Observe_AfterABatchFailedOnFourLanes_TheNextBatchReachesEveryDetector()
    {
        var healthy = Enumerable.Range(0, 3).Select(_ => new RecordingDetector()).ToList();
        var failing = new RecordingDetector { FailWhen = post => post.Key.EndsWith("p5", StringComparison.Ordinal) };
        var sut = new DetectorLanes([.. healthy, failing], 4);
        var first = Enumerable.Range(0, 100).Select(i => PostBuilder.Create(id: $"p{i}", at: T0.AddSeconds(i))).ToList();
        var second = Enumerable.Range(0, 100).Select(i => PostBuilder.Create(id: $"q{i}", at: T0.AddSeconds(200 + i))).ToList();

        await Assert.ThrowsAsync<InvalidOperationException>(() => Task.Run(() => sut.Observe(first, TargetMatcher.Empty)).WaitAsync(TimeSpan.FromSeconds(30)));
        for (var round = 0; round < 20; round++)
            sut.Observe(second, TargetMatcher.Empty);

        Assert.All(healthy, d => Assert.Equal(20 * second.Count, d.Observed.Count(p => p.PlatformPostId.StartsWith('q'))));
    }

    [Fact]
    public void Advance_SeveralLanes_ReturnsSignalsInDetectorOrder()
    {
        var detectors = Enumerable.Range(0, 3).Select(_ => new RecordingDetector()).ToList();
        for (var d = 0; d < detectors.Count; d++)
            detectors[d].Emit(SignalBuilder.Surge(target: $"#d{d}"));
        var sut = new DetectorLanes(detectors, 2);

        var signals = sut.Advance(T0);

        Assert.Equal(["#d0", "#d1", "#d2"], signals.Select(s => s.Target.Key));
        Assert.All(detectors, d => Assert.Equal([T0], d.Advances));
    }

    [Fact]
    public void Observe_PreparingDetectorInBatches_FindsWhatItFindsPostByPost()
    {
        var random = new Random(12);
        var start = new DateTimeOffset(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);
        var organic = new OrganicBackground { WatchedTag = "election", TrendingSound = "trend1", Accounts = 300, PostsPerHour = 200 };
        var network = new PlantedNetwork { Name = "alpha", Size = 8, WatchedTag = "election" };
        var posts = organic.Generate(random, start, TimeSpan.FromHours(12)).Concat(network.Generate(random, start, TimeSpan.FromHours(12)))
            .Select(p => p.Post).OrderBy(p => p.CreatedAt).ThenBy(p => p.Key, StringComparer.Ordinal).ToList();
        var matcher = new TargetMatcher([new Watchlist { Name = Watchlist.MainName, Targets = [new WatchTarget(TargetKind.Hashtag, "election")] }]);
        var sequential = new StreamingCoordinationDetector(new CoordinationOptions());
        var batched = new StreamingCoordinationDetector(new CoordinationOptions());
        var sut = new DetectorLanes([batched, new RecordingDetector()], 2);

        foreach (var post in posts)
            sequential.Observe(post, matcher.Match(post));
        foreach (var run in posts.Chunk(100))
            sut.Observe(run, matcher);

        var expected = sequential.Engine.CoShares.Select(c => $"{c.Older.Key}>{c.Newer.Key}:{string.Join(',', c.Objects.Select(o => o.Key))}").ToList();
        Assert.True(expected.Count > 50, $"only {expected.Count} co-shares");
        Assert.Equal(expected, batched.Engine.CoShares.Select(c => $"{c.Older.Key}>{c.Newer.Key}:{string.Join(',', c.Objects.Select(o => o.Key))}"));
    }
}
