using FactBot.Core.Detection.Coordination.Streaming;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class TargetRegistryTests
{
    [Fact]
    public void IdOf_EqualTargetsFromAReload_GetTheSameIdAndResolveInOrder()
    {
        var sut = new TargetRegistry();
        var tag = Target("donbas");
        var sound = Target("7100", TargetKind.Sound);

        var ids = new[] { sut.IdOf(tag), sut.IdOf(sound), sut.IdOf(Target("donbas")) };

        Assert.Equal(ids[0], ids[2]);
        Assert.NotEqual(ids[0], ids[1]);
        Assert.Equal([tag, sound, tag], sut.Resolve(ids));
        Assert.Equal(2, sut.Count);
    }

    [Fact]
    public void IdOf_ManyReloadsOfTheSameTargets_NumbersEachTargetOnce()
    {
        var sut = new TargetRegistry();
        var first = Enumerable.Range(0, 100).Select(i => sut.IdOf(Target($"tag{i}"))).ToList();

        // Every reload makes new objects; the reference cache is cleared along the way, the numbering is not.
        for (var reload = 0; reload < 50; reload++)
            Assert.Equal(first, Enumerable.Range(0, 100).Select(i => sut.IdOf(Target($"tag{i}"))));

        Assert.Equal(100, sut.Count);
    }

    [Fact]
    public void IdOf_SameTargetWithOtherThresholds_IsAnotherTarget()
    {
        var sut = new TargetRegistry();
        var strict = Target("donbas") with { Thresholds = new DetectorThresholds { Floor = 50 } };

        Assert.NotEqual(sut.IdOf(Target("donbas")), sut.IdOf(strict));
        Assert.Equal(50, sut.Resolve([1])[0].Thresholds.Floor);
    }

    private static WatchedTarget Target(string value, TargetKind kind = TargetKind.Hashtag) =>
        new(new WatchTarget(kind, value), Watchlist.MainName, DetectorThresholds.None);
}
