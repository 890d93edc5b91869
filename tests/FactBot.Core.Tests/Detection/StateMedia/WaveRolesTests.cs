using FactBot.Core.Detection.StateMedia;
using FactBot.Core.Labels;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class WaveRolesTests
{
    private static readonly DateTimeOffset Bin0 = new(2024, 5, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);
    private static readonly AccountLabel Statewire = StateMediaScenario.Label("statewire", LabelCategory.StateControlled);

    [Fact]
    public void Analyse_LabelledPostBeforeTheCrowdRises_Started()
    {
        var first = Bin(Bin0, ordinaryAt: [2, 20, 40], labelledAt: [5]);
        var second = Bin(Bin0 + Hour, ordinaryAt: [.. Enumerable.Range(10, 50)], labelledAt: []);

        var sut = WaveRoles.Analyse([3, 3, 3, 3], [first, second]);

        var role = Assert.Single(sut.Roles);
        Assert.True(role.Started);
        Assert.NotNull(sut.RiseAt);
        Assert.True(sut.RiseAt >= Bin0 + Hour + TimeSpan.FromMinutes(10));
        Assert.Equal(1, sut.Started);
    }

    [Fact]
    public void Analyse_LabelledPostAfterTheCrowdRose_Joined()
    {
        var first = Bin(Bin0, ordinaryAt: [.. Enumerable.Range(0, 60)], labelledAt: []);
        var second = Bin(Bin0 + Hour, ordinaryAt: [.. Enumerable.Range(0, 60)], labelledAt: [15]);

        var sut = WaveRoles.Analyse([3, 3, 3, 3], [first, second]);

        Assert.False(Assert.Single(sut.Roles).Started);
        Assert.Equal(1, sut.Joined);
        Assert.True(sut.RiseAt < Bin0 + TimeSpan.FromMinutes(5));
    }

    [Fact]
    public void Analyse_BusyHourBeforeTheCrowd_DatesTheRiseAtTheCrowdNotAtTheLeadIn()
    {
        // Usually 1 post an hour; 3 in the hour of the labelled post (ordinary noise), then a crowd from 13:01. The
        // lead-in keeps a CUSUM above zero until the crowd comes, but the rise is the crowd's arrival.
        var first = Bin(Bin0, ordinaryAt: [4, 26, 40], labelledAt: [50]);
        var second = Bin(Bin0 + Hour, ordinaryAt: [.. Enumerable.Range(0, 30).Select(i => 1 + (i * 2))], labelledAt: []);

        var sut = WaveRoles.Analyse([1, 0, 2, 1, 1, 3, 0, 1], [first, second]);

        Assert.Equal(Bin0 + Hour + TimeSpan.FromMinutes(1), sut.RiseAt);
        Assert.True(Assert.Single(sut.Roles).Started);
    }

    [Fact]
    public void Analyse_NobodyElseRises_StartedWithoutARise()
    {
        var sut = WaveRoles.Analyse([3, 3, 3], [Bin(Bin0, ordinaryAt: [10, 30, 50], labelledAt: [5, 20])]);

        Assert.Null(sut.RiseAt);
        Assert.True(Assert.Single(sut.Roles).Started);
    }

    [Fact]
    public void Analyse_SameAccountInSeveralBins_UsesItsFirstPostAndAddsUp()
    {
        var first = Bin(Bin0, ordinaryAt: [], labelledAt: [30]);
        var second = Bin(Bin0 + Hour, ordinaryAt: [], labelledAt: [5, 6]);

        var role = Assert.Single(WaveRoles.Analyse([], [first, second]).Roles);

        Assert.Equal(Bin0 + TimeSpan.FromMinutes(30), role.First.FirstAt);
        Assert.Equal(3, role.Posts);
    }

    [Fact]
    public void FindRise_SteadyTrafficAtTheUsualRate_FindsNoRise()
    {
        var bins = Enumerable.Range(0, 3).Select(h => Bin(Bin0 + (Hour * h), ordinaryAt: [.. Enumerable.Range(0, 10).Select(i => i * 6)], labelledAt: [])).ToList();

        Assert.Null(WaveRoles.FindRise(bins, 10));
    }

    private static BinActivity Bin(DateTimeOffset start, int[] ordinaryAt, int[] labelledAt)
    {
        var bin = new BinActivity(start, Hour);
        foreach (var minute in ordinaryAt)
            bin.Add(PostBuilder.Create(author: $"person{minute}", at: start + TimeSpan.FromMinutes(minute)), labelled: false);
        foreach (var minute in labelledAt)
            bin.Add(PostBuilder.Create(author: Statewire.Handle, at: start + TimeSpan.FromMinutes(minute)) with { AuthorLabel = Statewire }, labelled: true);
        return bin;
    }
}
