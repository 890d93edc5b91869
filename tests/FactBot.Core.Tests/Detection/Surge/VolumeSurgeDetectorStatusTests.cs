using FactBot.Core.Watchlists;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class VolumeSurgeDetectorStatusTests
{
    [Fact]
    public void StatusesAtFloor_OpenBinCounts_ListOnlyTargetsAtTheirFloorWithTheirFullStatus()
    {
        var sut = Detector();
        WatchedTarget[] watched = [Watched("busy"), Watched("quiet"), Watched("strict", thresholds: new DetectorThresholds { Floor = 500 })];
        sut.SetWatched(watched);
        var open = Bin(0, 5);
        foreach (var post in PostsIn(open, 40, "busy"))
            sut.Observe(post, [watched[0]]);
        foreach (var post in PostsIn(open, 2, "quiet"))
            sut.Observe(post, [watched[1]]);
        foreach (var post in PostsIn(open, 40, "strict"))
            sut.Observe(post, [watched[2]]);

        var statuses = sut.StatusesAtFloor(StartOf(open));

        var status = Assert.Single(statuses);
        Assert.Equal("#busy", status.Target.Key);
        Assert.Equal(40, status.Current.Count);
        Assert.Equal(sut.GetStatus("#busy", StartOf(open))!.Current.Count, status.Current.Count);
    }
}
