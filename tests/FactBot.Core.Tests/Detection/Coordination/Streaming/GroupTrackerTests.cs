using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class GroupTrackerTests
{
    [Fact]
    public void Track_GroupGainsMembers_KeepsItsId()
    {
        var sut = new GroupTracker();
        var first = Assert.Single(sut.Track([Component("b", "c")]));

        var grown = Assert.Single(sut.Track([Component("a", "b", "c", "d")]));

        Assert.Equal(first.Id, grown.Id);
    }

    [Fact]
    public void Track_NewGroup_IdDependsOnlyOnItsMembers()
    {
        var a = Assert.Single(new GroupTracker().Track([Component("m", "n")]));
        var b = Assert.Single(new GroupTracker().Track([Component("m", "n")]));
        var other = Assert.Single(new GroupTracker().Track([Component("p", "q")]));

        Assert.Equal(a.Id, b.Id);
        Assert.NotEqual(a.Id, other.Id);
    }

    [Fact]
    public void Track_GroupSplits_LargerPartKeepsTheId()
    {
        var sut = new GroupTracker();
        var whole = Assert.Single(sut.Track([Component("a", "b", "c", "d", "e")]));

        var parts = sut.Track([Component("a", "b", "c"), Component("d", "e")]);

        Assert.Equal(whole.Id, parts[0].Id);
        Assert.NotEqual(whole.Id, parts[1].Id);
    }

    [Fact]
    public void Track_AfterAnnouncing_UnchangedGroupIsNotChangedAndGrowthIs()
    {
        var sut = new GroupTracker();
        var first = Assert.Single(sut.Track([Component("a", "b")]));
        Assert.True(first.Changed);
        sut.MarkAnnounced(first);

        var same = Assert.Single(sut.Track([Component("a", "b")]));
        var grown = Assert.Single(sut.Track([Component("a", "b", "c")]));

        Assert.False(same.Changed);
        Assert.True(grown.Changed);
    }

    private static CoordinatedComponent Component(params string[] members)
    {
        var edges = members.Zip(members.Skip(1))
            .Select(pair =>
            {
                var edge = new AccountEdge(pair.First, pair.Second);
                edge.Add(new CoShare(CoShareEngineTests.Share(pair.First + "1", pair.First, 0), CoShareEngineTests.Share(pair.Second + "1", pair.Second, 1), [CoShareEngineTests.Key("caption:x")]));
                edge.Add(new CoShare(CoShareEngineTests.Share(pair.First + "2", pair.First, 60), CoShareEngineTests.Share(pair.Second + "2", pair.Second, 61), [CoShareEngineTests.Key("caption:x")]));
                return edge;
            })
            .ToList();
        return new CoordinatedComponent(members, edges);
    }
}
