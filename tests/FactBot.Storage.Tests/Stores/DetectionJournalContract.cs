using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Watchlists;

namespace FactBot.Storage.Tests.Stores;

/// <summary>What every <see cref="IDetectionJournal"/> must do with clock steps and watchlist changes mixed.</summary>
public abstract class DetectionJournalContract
{
    private static readonly DateTimeOffset T0 = new(2024, 5, 1, 0, 0, 0, TimeSpan.Zero);

    protected abstract IDetectionJournal Journal { get; }

    private static DetectionMark Step(long after, int hour) => new(after, T0.AddHours(hour));

    private static DetectionMark Change(long after, int hour, params string[] tags) => new(after, T0.AddHours(hour))
    {
        Watchlists =
        [
            new Watchlist
            {
                Name = Watchlist.MainName,
                Targets = [.. tags.Select(t => new WatchTarget(TargetKind.Hashtag, t) { Platforms = ["tiktok"] })],
                Thresholds = new DetectorThresholds { Floor = 4 },
            },
        ],
    };

    private static string? Tags(DetectionMark? mark) =>
        mark?.Watchlists is { } lists ? string.Join(",", lists.SelectMany(l => l.Targets).Select(t => t.Key)) : null;

    private async Task AppendAllAsync()
    {
        await Journal.AppendAsync(Change(0, 0, "a"));
        await Journal.AppendAsync(Step(10, 1));
        await Journal.AppendAsync(Change(12, 1, "a", "b"));
        await Journal.AppendAsync(Step(20, 2));
        await Journal.AppendAsync(Change(25, 2, "b"));
        await Journal.AppendAsync(Step(30, 3));
        await Journal.AppendAsync(Change(31, 3, "c"));
    }

    [Fact]
    public async Task Marks_StepsAndChangesMixed_AreReadInAppendOrderFromTheLastStepBeforeTheWindow()
    {
        await AppendAllAsync();

        Assert.Equal(Step(30, 3), await Journal.LastAsync());
        Assert.Equal(20, await Journal.SequenceBeforeAsync(T0.AddHours(2.5)));
        var marks = await Journal.ReadFromAsync(T0.AddHours(2.5));
        Assert.Equal([25, 30, 31], marks.Select(m => m.AfterSequence));
        Assert.Equal("#b", Tags(marks[0]));
        Assert.True(marks[1].IsStep);
        Assert.Equal("#a,#b", Tags(await Journal.WatchlistsBeforeAsync(T0.AddHours(2.5))));

        var change = Assert.Single(marks[0].Watchlists!);
        Assert.Equal(4, change.Thresholds.Floor);
        Assert.Equal(["tiktok"], change.Targets[0].Platforms);
    }

    [Fact]
    public async Task Marks_BeforeTheFirstStepWindow_AreAllRead()
    {
        await AppendAllAsync();

        Assert.Equal(7, (await Journal.ReadFromAsync(DateTimeOffset.MinValue)).Count);
        Assert.Null(await Journal.WatchlistsBeforeAsync(DateTimeOffset.MinValue));
        Assert.Equal(0, await Journal.SequenceBeforeAsync(DateTimeOffset.MinValue));
    }

    [Fact]
    public async Task DeleteBefore_KeepsTheNewestOldChange_WhichIsStillInForce()
    {
        await AppendAllAsync();

        Assert.Equal(4, await Journal.DeleteBeforeAsync(T0.AddHours(2.5)));
        Assert.Equal("#b", Tags(await Journal.WatchlistsBeforeAsync(T0.AddHours(3.5))));
        Assert.Equal([25, 30, 31], (await Journal.ReadFromAsync(DateTimeOffset.MinValue)).Select(m => m.AfterSequence));
    }
}
