using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class SingleUseTableTests
{
    [Fact]
    public void AddFindRemove_ManyIdsWithRandomRemovals_AgreeWithADictionary()
    {
        var random = new Random(3);
        var sut = new SingleUseTable();
        var reference = new Dictionary<ulong, int>();

        for (var step = 0; step < 20_000; step++)
        {
            // A small id space makes long probe runs and wrap-around likely.
            var id = (ulong)random.Next(1, 3000) * 0x9E3779B97F4A7C15UL;
            var slot = sut.Find(id);
            Assert.Equal(reference.ContainsKey(id), slot >= 0);
            if (slot >= 0)
            {
                Assert.Equal(reference[id], sut.AccountAt(slot));
                if (random.NextDouble() < 0.5)
                {
                    sut.RemoveAt(slot);
                    reference.Remove(id);
                }
            }
            else
            {
                sut.Add(id, step, step);
                reference[id] = step;
            }
        }

        Assert.Equal(reference.Count, sut.Count);
        Assert.All(reference, pair => Assert.Equal(pair.Value, sut.AccountAt(sut.Find(pair.Key))));
    }

    [Fact]
    public void Sweep_OldEntries_AreDropped()
    {
        var sut = new SingleUseTable();
        for (var i = 1; i <= 100; i++)
            sut.Add((ulong)i * 7919, i, i);

        sut.Sweep(51);

        Assert.Equal(50, sut.Count);
        Assert.True(sut.Find(7919) < 0);
        Assert.True(sut.Find(100 * 7919) >= 0);
    }

    [Fact]
    public void Sweep_CrowdedTableWithRunsThatWrap_KeepsExactlyTheRecentEntries()
    {
        var random = new Random(9);
        var sut = new SingleUseTable();
        var minutes = new Dictionary<ulong, int>();
        while (minutes.Count < 760)
        {
            // High ids land at the end of the table, so runs wrap around to its start.
            var id = ulong.MaxValue - (ulong)random.Next(0, 1 << 20);
            if (minutes.TryAdd(id, random.Next(0, 100)))
                sut.Add(id, 1, minutes[id]);
        }

        sut.Sweep(50);

        Assert.Equal(minutes.Count(pair => pair.Value >= 50), sut.Count);
        Assert.All(minutes, pair => Assert.Equal(pair.Value >= 50, sut.Find(pair.Key) >= 0));
    }
}
