using FactBot.Sources.Demo;

namespace FactBot.Sources.Tests.Demo;

public sealed class DemoRandomTests
{
    [Theory]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(3.0)]
    [InlineData(12.5)]
    [InlineData(20.0)]
    public void ExpNegative_Argument_MatchesMathExp(double x)
    {
        var expected = Math.Exp(-x);

        Assert.Equal(expected, DemoRandom.ExpNegative(x), expected * 1e-12);
    }

    [Theory]
    [InlineData(0.7)]
    [InlineData(8.0)]
    [InlineData(55.0)]
    public void Poisson_ManyDraws_HaveTheRequestedMeanAndVariance(double mean)
    {
        var sut = new DemoRandom(seed: 42, stream: 1);

        var draws = Enumerable.Range(0, 20_000).Select(_ => (double)sut.Poisson(mean)).ToList();
        var average = draws.Average();
        var variance = draws.Average(d => (d - average) * (d - average));

        Assert.InRange(average, mean * 0.95, mean * 1.05);
        Assert.InRange(variance, mean * 0.9, mean * 1.1);
    }

    [Fact]
    public void PickWeighted_ZeroWeight_IsNeverPicked()
    {
        var sut = new DemoRandom(seed: 1, stream: 2);
        var cumulative = DemoRandom.Cumulative([1.0, 0.0, 3.0]);

        var picks = Enumerable.Range(0, 4_000).Select(_ => sut.PickWeighted(cumulative)).ToList();

        Assert.DoesNotContain(1, picks);
        Assert.InRange(picks.Count(p => p == 2), 2_800, 3_200);
    }

    [Fact]
    public void Next_SameSeedAndStream_RepeatsAndOtherStreamDiffers()
    {
        var a = new DemoRandom(seed: 5, stream: 1);
        var b = new DemoRandom(seed: 5, stream: 1);
        var c = new DemoRandom(seed: 5, stream: 2);

        var first = Enumerable.Range(0, 20).Select(_ => a.Next(1_000_000)).ToList();

        Assert.Equal(first, Enumerable.Range(0, 20).Select(_ => b.Next(1_000_000)));
        Assert.NotEqual(first, Enumerable.Range(0, 20).Select(_ => c.Next(1_000_000)));
    }
}
