using FactBot.TestKit.Posts;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class VolumeSurgeDetectorMemoryCollection
{
    public const string Name = "VolumeSurgeDetector memory";
}

/// <summary>Measures the heap, so it runs alone: other tests allocating in parallel would blur the number.</summary>
[Collection(VolumeSurgeDetectorMemoryCollection.Name)]
public sealed class VolumeSurgeDetectorMemoryTests
{
    [Fact]
    public void Memory_TenThousandHourlyTargets_StaysWellUnderOneHundredMegabytes()
    {
        var watched = Enumerable.Range(0, 10_000).Select(i => Watched($"t{i}")).ToList();
        var posts = watched.Select(w => PostBuilder.Create(at: StartOf(Bin(0, 0)), hashtags: [w.Target.Value])).ToList();
        var before = GC.GetTotalMemory(forceFullCollection: true);

        var sut = Detector();
        sut.SetWatched(watched);
        for (var i = 0; i < posts.Count; i++)
            sut.Observe(posts[i], [watched[i]]);
        for (var bin = Bin(0, 0); bin < Bin(0, 3); bin++)
            sut.Advance(EndOf(bin));
        var retained = GC.GetTotalMemory(forceFullCollection: true) - before;

        Assert.NotNull(sut.GetStatus("#t9999", EndOf(Bin(0, 2))));
        GC.KeepAlive(posts);
        Assert.True(retained < 40L * 1024 * 1024, $"{retained / 1024 / 1024} MB retained by 10,000 targets");
    }
}
