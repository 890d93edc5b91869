using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class TargetSeriesTests
{
    private static readonly long Bin0 = PostBuilder.Epoch.UtcTicks / TimeSpan.TicksPerHour;
    private static readonly AccountLabel Statewire = StateMediaScenario.Label("statewire", LabelCategory.StateControlled);

    [Fact]
    public void Add_BinsOutOfOrder_EachKeepsItsOwnCounts()
    {
        var sut = Series(keepBins: 10);
        long[] bins = [Bin0 + 5, Bin0 + 2, Bin0 + 9, Bin0 + 2, Bin0 + 7, Bin0 + 5, Bin0 + 5];

        foreach (var (bin, i) in bins.Select((b, i) => (b, i)))
            sut.Add(PostAt(bin, labelled: i % 3 == 0), bin, i % 3 == 0);

        Assert.Equal([0, 0, 2, 0, 0, 3, 0, 1, 0, 1], Enumerable.Range(0, 10).Select(h => sut.TotalAt(Bin0 + h)));
        Assert.Equal(2, sut.LabelledAt(Bin0 + 5));
        Assert.Equal(1, sut.LabelledAt(Bin0 + 2));
        Assert.Equal(0, sut.LabelledAt(Bin0 + 9));
        Assert.Equal(2, sut.Labelled.CountAt(Bin0 + 5));
        Assert.Equal(Bin0 + 2, sut.HistoryStart);
        Assert.Equal(2, sut.At(Bin0 + 5).Labelled);
        Assert.Equal(0, sut.At(Bin0 + 4).Total);
    }

    [Fact]
    public void Prune_WindowMovesOn_DropsOnlyOlderBinsAndReusesTheirBuffers()
    {
        var sut = Series(keepBins: 3);
        for (var h = 0; h < 8; h++)
        {
            for (var i = 0; i <= h * 10; i++)
                sut.Add(PostAt(Bin0 + h, labelled: false), Bin0 + h, false);
        }

        sut.Prune(Bin0 + 6);

        Assert.Equal([0, 0, 0, 31, 41, 51, 61, 71], Enumerable.Range(0, 8).Select(h => sut.TotalAt(Bin0 + h)));
        Assert.Equal(Bin0, sut.HistoryStart);
        for (var i = 0; i < 40; i++)
            sut.Add(PostAt(Bin0 + 8, labelled: false), Bin0 + 8, false);
        Assert.Equal(40, Enumerable.Range(0, BinActivity.Slots).Sum(slot => sut.At(Bin0 + 8).SlotCount(slot)));
    }

    [Fact]
    public void Add_LatePostsLongAfterTheWindowFirstWrapped_KeepBinsInOrder()
    {
        var sut = Series(keepBins: 5);
        for (var h = 0; h < 40; h += 2)
        {
            sut.Add(PostAt(Bin0 + h, labelled: false), Bin0 + h, false);
            sut.Prune(Bin0 + h);
        }

        sut.Add(PostAt(Bin0 + 37, labelled: true), Bin0 + 37, true);
        sut.Add(PostAt(Bin0 + 35, labelled: false), Bin0 + 35, false);
        sut.Add(PostAt(Bin0 + 37, labelled: false), Bin0 + 37, false);

        Assert.Equal([0, 0, 1, 1, 1, 2, 1], Enumerable.Range(32, 7).Select(h => sut.TotalAt(Bin0 + h)));
        Assert.Equal(1, sut.LabelledAt(Bin0 + 37));
        Assert.Equal(0, sut.TotalAt(Bin0 + 30));
    }

    private static TargetSeries Series(int keepBins) => new(
        new WatchedTarget(new WatchTarget(TargetKind.Hashtag, "flood"), Watchlist.MainName, DetectorThresholds.None),
        SurgeThresholds.From(new SurgeOptions(), null),
        new BinnedCounter(48),
        TimeSpan.FromHours(1),
        keepBins,
        new SlotBufferPool());

    private static Post PostAt(long bin, bool labelled)
    {
        var post = PostBuilder.Create(author: labelled ? "statewire" : "someone", at: new DateTimeOffset(bin * TimeSpan.TicksPerHour, TimeSpan.Zero).AddMinutes(17));
        return labelled ? post with { AuthorLabel = Statewire } : post;
    }
}
