using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class KleinbergBurstTests
{
    [Fact]
    public void Run_ClearShareBurstAtTheEnd_EndsInTheBurstState()
    {
        var relevant = Enumerable.Repeat(1, 60).Concat(Enumerable.Repeat(8, 4)).ToArray();
        var total = Enumerable.Repeat(20, 64).ToArray();

        var sut = KleinbergBurst.Run(relevant, total, 2, 1);

        Assert.True(sut.InBurst);
        Assert.Equal(60, sut.RunStart);
        Assert.True(sut.Weight > 0);
        Assert.All(sut.States[..60], state => Assert.Equal(0, state));
    }

    [Fact]
    public void Run_FlatShare_NeverBurstsAtAnyLength()
    {
        var relevant = Enumerable.Repeat(2, 72).ToArray();
        var total = Enumerable.Repeat(20, 72).ToArray();

        for (var n = 1; n <= 72; n++)
        {
            var sut = KleinbergBurst.Run(relevant.AsSpan(0, n), total.AsSpan(0, n), 2, 1);
            Assert.False(sut.InBurst, $"burst with {n} bins");
            Assert.DoesNotContain(1, sut.States);
        }
    }

    [Fact]
    public void Run_NoisyFlatShare_RarelyEndsInABurst()
    {
        var random = new Random(72);
        var total = Enumerable.Range(0, 600).Select(_ => random.Next(15, 40)).ToArray();
        var relevant = total.Select(d => Enumerable.Range(0, d).Count(_ => random.NextDouble() < 0.1)).ToArray();

        var bursts = 0;
        for (var end = 72; end <= total.Length; end++)
        {
            if (KleinbergBurst.Run(relevant.AsSpan(end - 72, 72), total.AsSpan(end - 72, 72), 2, 1).InBurst)
                bursts++;
        }

        Assert.True(bursts <= 0.01 * (total.Length - 71), $"{bursts} windows ended in a burst");
    }

    [Fact]
    public void Run_OneBurstBin_WeightIsTheFitCostDifference()
    {
        // p0 = 5/30, p1 = 1/3, τ = ln 3. The last bin: σ0 − σ1 = 5 ln(p1/p0) + 5 ln((1 − p1)/(1 − p0)) (C(d, r) cancels).
        var sut = KleinbergBurst.Run([0, 0, 5], [10, 10, 10], 2, 1);

        var expected = (5 * Math.Log(2)) + (5 * Math.Log((2.0 / 3) / (5.0 / 6)));
        Assert.True(expected > Math.Log(3), "the example must clear τ");
        Assert.Equal([0, 0, 1], sut.States);
        Assert.Equal(2, sut.RunStart);
        Assert.Equal(expected, sut.Weight, 9);
        Assert.Equal(1.0 / 6, sut.P0, 12);
        Assert.Equal(1.0 / 3, sut.P1, 12);
    }

    [Fact]
    public void Run_BurstThatEnded_LastStateIsZero()
    {
        var relevant = Enumerable.Repeat(1, 30).Concat(Enumerable.Repeat(10, 4)).Concat(Enumerable.Repeat(1, 30)).ToArray();
        var total = Enumerable.Repeat(20, relevant.Length).ToArray();

        var sut = KleinbergBurst.Run(relevant, total, 2, 1);

        Assert.False(sut.InBurst);
        Assert.Equal(0, sut.Weight);
        Assert.Contains(1, sut.States[30..34]);
    }

    [Fact]
    public void Run_HigherGamma_NeedsMoreEvidence()
    {
        var relevant = Enumerable.Repeat(1, 40).Concat(Enumerable.Repeat(4, 3)).ToArray();
        var total = Enumerable.Repeat(20, relevant.Length).ToArray();

        Assert.True(KleinbergBurst.Run(relevant, total, 2, 1).InBurst);
        Assert.False(KleinbergBurst.Run(relevant, total, 2, 4).InBurst);
    }

    [Fact]
    public void Run_NoRelevantPosts_NoBurst() =>
        Assert.False(KleinbergBurst.Run([0, 0, 0], [10, 20, 30], 2, 1).InBurst);

    [Fact]
    public void Run_EmptyBins_CostNothingInEitherState()
    {
        var sut = KleinbergBurst.Run([1, 0, 1, 0, 6], [20, 0, 20, 0, 10], 2, 1);

        Assert.True(sut.InBurst);
        Assert.Equal(4, sut.RunStart);
    }
}
