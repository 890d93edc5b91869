using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;
using static FactBot.Core.Tests.Detection.Surge.SurgeScenario;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class VolumeSurgeDetectorConcurrencyTests
{
    [Fact]
    public async Task GetStatus_WhileTheIngestLoopWrites_SeesConsistentGrowingCounts()
    {
        var sut = Detector();
        sut.SetWatched([Watched()]);
        var posts = PostsIn(Bin(0, 5), 20_000).ToList();
        var probeTime = StartOf(Bin(0, 5));
        using var done = new CancellationTokenSource();

        var reader = Task.Run(() =>
        {
            var seen = new List<int>();
            while (!done.IsCancellationRequested)
                seen.Add(sut.GetStatus("#donbas", probeTime)!.Current.Count);
            return seen;
        });
        foreach (var post in posts)
            sut.Observe(post, [Watched()]);
        await done.CancelAsync();
        var seen = await reader;

        Assert.Equal(seen.Order(), seen); // a reader never sees a count go backwards
        Assert.Equal(20_000, sut.GetStatus("#donbas", probeTime)!.Current.Count);
    }
}
