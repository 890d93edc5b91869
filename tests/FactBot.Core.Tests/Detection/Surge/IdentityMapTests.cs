using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class IdentityMapTests
{
    [Fact]
    public void TryGetValue_EqualButDistinctKey_IsNotFound()
    {
        var key = new WatchedTarget(new WatchTarget(TargetKind.Hashtag, "donbas"), "main", DetectorThresholds.None);
        var twin = key with { };
        var sut = new IdentityMap<WatchedTarget, string>();

        sut.Set(key, "series");

        Assert.True(sut.TryGetValue(key, out var found));
        Assert.Equal("series", found);
        Assert.Equal(key, twin); // precondition: the records are equal
        Assert.False(sut.TryGetValue(twin, out _));
    }

    [Fact]
    public void Set_ManyKeysAndReplacements_FindsEachWithItsLastValue()
    {
        var keys = Enumerable.Range(0, 5_000).Select(_ => new object()).ToArray();
        var sut = new IdentityMap<object, string>(4);

        foreach (var (key, i) in keys.Select((k, i) => (k, i)))
            sut.Set(key, $"v{i}");
        sut.Set(keys[42], "replaced");

        Assert.Equal(keys.Length, sut.Count);
        Assert.All(keys.Select((k, i) => (k, i)), pair =>
        {
            Assert.True(sut.TryGetValue(pair.k, out var value));
            Assert.Equal(pair.i == 42 ? "replaced" : $"v{pair.i}", value);
        });
        Assert.False(sut.TryGetValue(new object(), out _));
    }
}
