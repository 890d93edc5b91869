using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using FactBot.TestKit.Sources;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Detection;

/// <summary>
/// Watchlists change while the worker runs (an admin's <c>/watch</c>): posts before the change were matched against
/// the old targets. A restart must not re-match them against the new ones, or the detectors stand somewhere the
/// uninterrupted run never stood and later alerts differ.
/// </summary>
public sealed class DetectorRebuildWatchlistTests
{
    private static readonly TimeSpan Lookback = TimeSpan.FromDays(8);

    private readonly InMemoryPostStore _posts = new();
    private readonly InMemoryCheckpointStore _checkpoints = new();
    private readonly InMemoryDetectionJournal _journal = new();
    private readonly InMemoryAlertStore _alerts = new();

    private static Watchlist Watching(params string[] tags) =>
        new() { Name = Watchlist.MainName, Targets = [.. tags.Select(t => new WatchTarget(TargetKind.Hashtag, t))] };

    // Every post carries one of three hashtags, so each watchlist change alters what some of them match.
    private static List<Post> Part(int part) =>
    [
        .. Enumerable.Range(1, 60).Select(i =>
            PostBuilder.Create(
                id: $"p{part}-{i}", author: $"u{i % 5}", at: PostBuilder.Epoch.AddHours(part).AddSeconds(i * 37),
                hashtags: [(i % 3) switch { 0 => "a", 1 => "b", _ => "c" }])),
    ];

    [Fact]
    public async Task Rebuild_AfterWatchlistChanges_MatchesEveryPostAgainstTheTargetsOfItsTime()
    {
        var live = new RecordingDetector();
        using (var engine = Engine(live))
        {
            await engine.SetWatchlistsAsync([Watching("a")]);
            await engine.EnsureRebuiltAsync(_posts, Lookback);
            Watchlist[][] changes = [[Watching("a", "b")], [Watching("b", "c")]];
            for (var part = 0; part < 3; part++)
            {
                if (part > 0)
                    await engine.SetWatchlistsAsync(changes[part - 1]);
                await Pipeline(engine).RunAsync(new ListPostSource($"poll{part}", Part(part)), new IngestRun());
                await engine.AdvanceAsync(PostBuilder.Epoch.AddHours(part + 1));
            }
        }

        Assert.Contains(live.Log, e => e.EndsWith("[#a]", StringComparison.Ordinal));
        var rebuilt = new RecordingDetector();
        using (var fresh = Engine(rebuilt))
        {
            await fresh.SetWatchlistsAsync([Watching("b", "c")]);
            await fresh.EnsureRebuiltAsync(_posts, Lookback);
            Assert.Equal(live.Log, rebuilt.Log);
            Assert.Equal(["#b", "#c"], rebuilt.Watched.Select(w => w.Target.Key));
        }
    }

    [Fact]
    public async Task Rebuild_WatchlistsChangedWhileDown_TheNewTargetsApplyFromTheRestartOnly()
    {
        var live = new RecordingDetector();
        using (var engine = Engine(live))
        {
            await engine.SetWatchlistsAsync([Watching("a")]);
            await engine.EnsureRebuiltAsync(_posts, Lookback);
            await Pipeline(engine).RunAsync(new ListPostSource("poll0", Part(0)), new IngestRun());
            await engine.AdvanceAsync(PostBuilder.Epoch.AddHours(1));
        }

        // The seed file was edited while FactBot was down: the first restart applies it after the stored posts.
        var first = new RecordingDetector();
        using (var restarted = Engine(first))
        {
            await restarted.SetWatchlistsAsync([Watching("a", "b")]);
            await restarted.EnsureRebuiltAsync(_posts, Lookback);
            Assert.Equal(live.Log, first.Log);
            await Pipeline(restarted).RunAsync(new ListPostSource("poll1", Part(1)), new IngestRun());
            await restarted.AdvanceAsync(PostBuilder.Epoch.AddHours(2));
        }

        var second = new RecordingDetector();
        using (var again = Engine(second))
        {
            await again.SetWatchlistsAsync([Watching("a", "b")]);
            await again.EnsureRebuiltAsync(_posts, Lookback);
            Assert.Equal(first.Log, second.Log);
        }
    }

    /// <summary>
    /// The case that changes an alert: two accounts co-share on #b before and after #b is watched. The uninterrupted
    /// run never saw the first co-share; a restart that re-matched it would announce the pair with one co-share more.
    /// </summary>
    [Fact]
    public async Task Coordination_TargetAddedThenRestart_AlertsEqualTheUninterruptedRun()
    {
        var expected = await CoordinationRunAsync(new InMemoryPostStore(), new InMemoryDetectionJournal(), new InMemoryAlertStore(), restartBeforeLastPart: false);
        var actual = await CoordinationRunAsync(_posts, _journal, _alerts, restartBeforeLastPart: true);

        var opened = Assert.Single(expected);
        Assert.Equal(2, opened.Signals["co_shares"]);
        Assert.Equal(Describe(expected), Describe(actual));
    }

    private async Task<IReadOnlyList<Alert>> CoordinationRunAsync(InMemoryPostStore posts, InMemoryDetectionJournal journal, InMemoryAlertStore alerts, bool restartBeforeLastPart)
    {
        var engine = CoordinationEngine(journal, alerts);
        await engine.SetWatchlistsAsync([Watching("a")]);
        await engine.EnsureRebuiltAsync(posts, Lookback);
        for (var part = 0; part < 4; part++)
        {
            if (part == 2)
                await engine.SetWatchlistsAsync([Watching("a", "b")]);
            if (part == 3 && restartBeforeLastPart)
            {
                engine.Dispose();
                engine = CoordinationEngine(journal, alerts);
                await engine.SetWatchlistsAsync([Watching("a", "b")]);
                await engine.EnsureRebuiltAsync(posts, Lookback);
            }

            var pipeline = new IngestPipeline(posts, _checkpoints, new LabelIndex(new InMemoryLabelStore()), engine, new IngestOptions(),
                new FakeTimeProvider(PostBuilder.Epoch), NullLogger<IngestPipeline>.Instance);
            await pipeline.RunAsync(new ListPostSource($"{restartBeforeLastPart}-{part}", CoSharePart(part)), new IngestRun());
            await engine.AdvanceAsync(PostBuilder.Epoch.AddHours(part).AddMinutes(10));
        }

        engine.Dispose();
        return await alerts.QueryAsync(null, null, null, int.MaxValue);
    }

    // Part 0: a pair co-sharing once on the watched #a (a light edge, so the heavy one clears the median). Parts 1–3:
    // x and y post the same caption seconds apart on #b, which is watched from part 2 on.
    private static List<Post> CoSharePart(int part)
    {
        var at = PostBuilder.Epoch.AddHours(part);
        var (first, second, tag) = part == 0 ? ("n1", "n2", "a") : ("x", "y", "b");
        var text = $"shared caption number {part} for the network";
        return
        [
            PostBuilder.Create(id: $"c{part}-1", author: first, at: at, text: text, hashtags: [tag]),
            PostBuilder.Create(id: $"c{part}-2", author: second, at: at.AddSeconds(5), text: text, hashtags: [tag]),
        ];
    }

    private static List<string> Describe(IEnumerable<Alert> alerts) =>
    [
        .. alerts.OrderBy(a => a.Id, StringComparer.Ordinal).Select(a =>
            $"{a.Id} {a.Status} {a.Revision} {a.WindowStart:O}-{a.WindowEnd:O} " +
            string.Join(",", a.Signals.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")) +
            " " + string.Join(",", a.Evidence.PostKeys)),
    ];

    private static DetectionEngine CoordinationEngine(InMemoryDetectionJournal journal, InMemoryAlertStore alerts) =>
        new([new StreamingCoordinationDetector(new CoordinationOptions())], new AlertEngine(alerts, new AlertOptions()), [], new PassThroughAtomicScope(), journal);

    private DetectionEngine Engine(RecordingDetector detector) =>
        new([detector], new AlertEngine(_alerts, new AlertOptions()), [], new PassThroughAtomicScope(), _journal);

    private IngestPipeline Pipeline(DetectionEngine engine) => new(
        _posts, _checkpoints, new LabelIndex(new InMemoryLabelStore()), engine, new IngestOptions { BatchSize = 7, ChannelCapacity = 16 },
        new FakeTimeProvider(PostBuilder.Epoch), NullLogger<IngestPipeline>.Instance);
}
