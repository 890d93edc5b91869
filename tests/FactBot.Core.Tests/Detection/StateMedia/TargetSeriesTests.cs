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

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void At_PostsInAnyOrder_SameSubSlotsAndAccountsAsCollectingEachPost(int seed)
    {
        var random = new Random(seed);
        var sut = Series(keepBins: 10);
        var bins = Enumerable.Range(0, 4).Select(h => new BinActivity(Start(Bin0 + h), TimeSpan.FromHours(1))).ToArray();
        var labels = new[] { Statewire, StateMediaScenario.Label("mirror", LabelCategory.StateControlled) };

        // Busy sub-slots (more posts than a bin once kept as times) and empty ones, labelled posts among them, any order.
        for (var i = 0; i < 600; i++)
        {
            var h = random.Next(4);
            var at = Start(Bin0 + h) + TimeSpan.FromTicks(random.NextInt64(random.Next(2) == 0 ? TimeSpan.TicksPerHour : TimeSpan.TicksPerMinute * 10));
            var label = random.Next(8) == 0 ? labels[random.Next(2)] : null;
            // A labelled account's key on two platforms, some posts without a link: first posts named exactly all the same.
            var post = PostBuilder.Create(id: $"p{i}", author: label?.Handle ?? $"someone{i}", at: at) with
            {
                AuthorLabel = label,
                Platform = random.Next(4) == 0 ? "x" : "tiktok",
                Url = random.Next(5) == 0 ? null : $"https://example.org/{i}/p{i}",
            };
            sut.Add(post, Bin0 + h, label is not null);
            bins[h].Add(post, label is not null);
        }

        for (var h = 0; h < 4; h++)
        {
            var (actual, expected) = (sut.At(Bin0 + h), bins[h]);
            Assert.Equal((expected.Total, expected.Labelled), (actual.Total, actual.Labelled));
            for (var slot = 0; slot < BinActivity.Slots; slot++)
                Assert.Equal((expected.SlotCount(slot), expected.SlotFirst(slot)), (actual.SlotCount(slot), actual.SlotFirst(slot)));
            Assert.Equal(
                expected.LabelledAccounts.Select(a => (a.Account, a.Handle, a.Label, a.FirstAt, a.FirstPostKey, a.FirstUrl, a.Posts)),
                actual.LabelledAccounts.Select(a => (a.Account, a.Handle, a.Label, a.FirstAt, a.FirstPostKey, a.FirstUrl, a.Posts)));
        }
    }

    [Fact]
    public void Prune_NoLabelledPostInTheWindow_KeepsOnlyTheOpenBinsRecords()
    {
        var sut = Series(keepBins: 25);
        for (var h = 0; h < 30; h++)
        {
            for (var i = 0; i < 20; i++)
                sut.Add(PostBuilder.Create(at: Start(Bin0 + h) + TimeSpan.FromMinutes(2 * i)), Bin0 + h, false);
            sut.Prune(Bin0 + h);
        }

        // Only the bin just judged can still be the bin before a labelled one; its 20 posts fill 20 sub-slots.
        Assert.Equal(20, sut.RecordCount);
        Assert.Equal(20, sut.TotalAt(Bin0 + 20));
        Assert.Equal(0, Enumerable.Range(0, BinActivity.Slots).Sum(slot => sut.At(Bin0 + 20).SlotCount(slot)));
        Assert.Equal(20, Enumerable.Range(0, BinActivity.Slots).Sum(slot => sut.At(Bin0 + 29).SlotCount(slot)));
    }

    [Fact]
    public void Prune_LabelledPostInTheWindow_KeepsRecordsFromTheBinBeforeIt()
    {
        var sut = Series(keepBins: 25);
        for (var h = 0; h < 30; h++)
        {
            sut.Add(PostAt(Bin0 + h, labelled: false), Bin0 + h, false);
            if (h == 20)
                sut.Add(PostAt(Bin0 + h, labelled: true), Bin0 + h, true);
            sut.Prune(Bin0 + h);
        }

        // Bins 19 (the one before the labelled post) to 29 keep their one record each; 4 to 18 only their counts.
        Assert.Equal(11, sut.RecordCount);
        Assert.Equal(1, sut.At(Bin0 + 19).SlotCount(8));
        Assert.Equal(0, sut.At(Bin0 + 18).SlotCount(8));
        Assert.Equal(1, sut.TotalAt(Bin0 + 18));
    }

    private static DateTimeOffset Start(long bin) => new(bin * TimeSpan.TicksPerHour, TimeSpan.Zero);

    private static TargetSeries Series(int keepBins) => new(
        new WatchedTarget(new WatchTarget(TargetKind.Hashtag, "flood"), Watchlist.MainName, DetectorThresholds.None),
        SurgeThresholds.From(new SurgeOptions(), null),
        new BinnedCounter(48),
        TimeSpan.FromHours(1),
        keepBins,
        new LabelledAccounts());

    private static Post PostAt(long bin, bool labelled)
    {
        var post = PostBuilder.Create(author: labelled ? "statewire" : "someone", at: new DateTimeOffset(bin * TimeSpan.TicksPerHour, TimeSpan.Zero).AddMinutes(17));
        return labelled ? post with { AuthorLabel = Statewire } : post;
    }
}
