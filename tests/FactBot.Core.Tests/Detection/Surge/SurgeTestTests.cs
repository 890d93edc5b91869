using FactBot.Core.Detection.Statistics;
using FactBot.Core.Detection.Surge;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class SurgeTestTests
{
    private readonly SurgeTest _sut = new(Options());

    [Fact]
    public void Evaluate_SevenDaysOfHistory_UsesSameHourOfPreviousDays()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(7, 5), bin => 2 * (int)(((bin - Day0) % 24) + 1));

        var actual = _sut.Evaluate(series, Bin(7, 5), Defaults(_sut.Options), 1);

        Assert.Equal(BaselineKind.Seasonal, actual.Baseline);
        Assert.Equal(7, actual.BaselinePoints);
        Assert.Equal(12, actual.Expected, 1e-9); // hour 5 always had 12
    }

    [Fact]
    public void Evaluate_TwoDaysOfHistory_UsesColdStartOverPreviousBins()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(2, 5), bin => 2 * (int)(((bin - Day0) % 24) + 1));

        var actual = _sut.Evaluate(series, Bin(2, 5), Defaults(_sut.Options), 1);

        Assert.Equal(BaselineKind.ColdStart, actual.Baseline);
        Assert.Equal(24, actual.BaselinePoints);
        // The previous 24 bins hold each hour once: mean of 2..48 is 25 (the top value is slightly down-weighted as
        // the t cut-off flags ~5 % of ordinary points); the same hour of day would have given 12.
        Assert.InRange(actual.Expected, 24.0, 25.0);
        Assert.Equal("cold-start", actual.BaselineName);
    }

    [Fact]
    public void Evaluate_OutlierDayInBaseline_ExpectedBarelyMoves()
    {
        var clean = _sut.CreateSeries();
        var spiked = _sut.CreateSeries();
        Play(_sut, clean, Bin(0, 0), Bin(7, 12), Background(11));
        var background = Background(11);
        Play(_sut, spiked, Bin(0, 0), Bin(7, 12), bin => bin == Bin(3, 12) ? 10 * background(bin) : background(bin));

        var withoutOutlier = _sut.Evaluate(clean, Bin(7, 12), Defaults(_sut.Options), 1);
        var withOutlier = _sut.Evaluate(spiked, Bin(7, 12), Defaults(_sut.Options), 1);

        var plainMean = Enumerable.Range(1, 7).Average(d => spiked.CountAt(Bin(7, 12) - (24 * d)));
        Assert.True(plainMean > withoutOutlier.Expected + 20, "precondition: the spike moves a plain mean a lot");
        Assert.InRange(withOutlier.Expected - withoutOutlier.Expected, -0.5, 2.0);
    }

    [Fact]
    public void Evaluate_BorderlineCount_FiresForOneSeriesButNotForTenThousand()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 0), _ => 20);
        series.Add(Bin(8, 0), 40);

        var alone = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);
        var crowded = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 10_000);

        Assert.InRange(alone.P, 1e-6, 0.01); // borderline: between α/10000 and α
        Assert.True(alone.Fired);
        Assert.False(crowded.Fired);
        Assert.Equal(0.01 / 10_000, crowded.AlphaPerSeries, 1e-15);
    }

    [Fact]
    public void Evaluate_ConstantHistory_IsPoissonWithExactTail()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 0), _ => 20);
        series.Add(Bin(8, 0), 40);

        var actual = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);

        Assert.Null(actual.Dispersion);
        Assert.Equal(Poisson.UpperTail(40, 20), actual.P, 1e-15);
    }

    [Fact]
    public void Evaluate_OverdispersedHistory_PoolsFiniteDispersionAndWidensTheTail()
    {
        var random = new Random(5);
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(9, 0), _ => random.Next(0, 60)); // variance ≈ 300 vs mean ≈ 30
        series.Add(Bin(9, 0), 90);

        var actual = _sut.Evaluate(series, Bin(9, 0), Defaults(_sut.Options), 1);

        Assert.NotNull(actual.Dispersion);
        Assert.InRange(actual.Dispersion!.Value, 1.0, 10.0); // method of moments on this mixture: k ≈ 870/270 ≈ 3
        Assert.True(actual.P > 1000 * Poisson.UpperTail(90, actual.Expected));
    }

    [Fact]
    public void Evaluate_CountBelowFloor_DoesNotFireButAtFloorDoes()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 0), _ => 1);
        series.Add(Bin(8, 0), 9);
        var below = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);
        series.Add(Bin(8, 0));

        var atFloor = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);

        Assert.True(below.P < below.AlphaPerSeries && below.Ratio >= 2, "precondition: only the floor holds it back");
        Assert.False(below.Fired);
        Assert.True(atFloor.Fired);
    }

    [Fact]
    public void Evaluate_RatioBelowMinimum_DoesNotFireEvenWhenImprobable()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 0), _ => 100);
        series.Add(Bin(8, 0), 190);
        var below = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);
        series.Add(Bin(8, 0), 10);

        var atRatio = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);

        Assert.True(below.P < 1e-10, "precondition: the count is very improbable");
        Assert.False(below.Fired);
        Assert.True(atRatio.Fired);
    }

    [Fact]
    public void Evaluate_NoHistory_FloorsExpectedAndDoesNotFire()
    {
        var series = _sut.CreateSeries();
        series.Add(Bin(3, 3), 50);

        var actual = _sut.Evaluate(series, Bin(3, 3), Defaults(_sut.Options), 1);

        Assert.Equal(SurgeTest.MinExpected, actual.Expected);
        Assert.Equal(0, actual.BaselinePoints);
        Assert.Equal(100, actual.Ratio);
        Assert.False(actual.Fired);
    }

    [Fact]
    public void Close_RecordsTheExpectationForTheBin()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(1, 0), _ => 6);

        var actual = _sut.Close(series, Bin(1, 0), Defaults(_sut.Options), 1);

        Assert.Equal(actual.Expected, series.ExpectedAt(Bin(1, 0)));
        Assert.Equal(BaselineKind.ColdStart, series.KindAt(Bin(1, 0)));
    }

    [Fact]
    public void Rejudge_StricterThresholds_ChangeOnlyTheVerdict()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 0), _ => 5);
        series.Add(Bin(8, 0), 30);
        var lenient = _sut.Evaluate(series, Bin(8, 0), Defaults(_sut.Options), 1);

        var strict = _sut.Rejudge(lenient, new SurgeThresholds(Floor: 50, MinRatio: 2, FamilyAlpha: 0.01), 1);

        Assert.True(lenient.Fired);
        Assert.False(strict.Fired);
        Assert.Equal(lenient.P, strict.P);
        Assert.Equal(50, strict.Floor);
    }

    private static Func<long, int> Background(int seed)
    {
        var random = new Random(seed);
        var memo = new Dictionary<long, int>();
        return bin => memo.TryGetValue(bin, out var n) ? n : memo[bin] = PoissonDraw(random, 20);
    }

    [Fact]
    public void Judge_BinBelowTheFloor_LeavesTheTailForLaterAndCompletesItAsEvaluateDoes()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 3), SurgeScenario.Background(5, 0.2));
        series.Add(Bin(8, 3), 4);

        var verdict = _sut.Judge(series, Bin(8, 3), Defaults(_sut.Options), 10);
        var eager = _sut.Evaluate(series, Bin(8, 3), Defaults(_sut.Options), 10);

        Assert.False(verdict.TailKnown); // 4 < floor 10: p cannot decide
        Assert.False(verdict.Fired);
        _sut.CompleteTail(series, ref verdict);
        Assert.Equal(eager, _sut.ToEvaluation(verdict));
        Assert.NotNull(eager.Dispersion);
    }

    [Fact]
    public void CompleteTail_AfterRecordingAndPostsTheTailCannotSee_GivesTheClosingTimeTail()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 3), SurgeScenario.Background(6, 0.2));
        series.Add(Bin(8, 3), 3);
        var eager = _sut.Evaluate(series, Bin(8, 3), Defaults(_sut.Options), 1);
        var verdict = _sut.Judge(series, Bin(8, 3), Defaults(_sut.Options), 1);
        _sut.Record(series, verdict);

        for (var bin = Bin(8, 3); _sut.TailStable(Bin(8, 3), bin); bin++)
            series.Add(bin, 50);
        _sut.CompleteTail(series, ref verdict);

        Assert.Equal(eager, _sut.ToEvaluation(verdict));
        Assert.False(_sut.TailStable(Bin(8, 3), Bin(8, 2)));
        Assert.False(_sut.TailStable(Bin(8, 3), Bin(8, 3) + _sut.Capacity - _sut.Options.DispersionWindow));
    }

    [Fact]
    public void Apply_OtherGatesThatPass_ComputesTheTailAndFiresAsRejudgeDoes()
    {
        var series = _sut.CreateSeries();
        Play(_sut, series, Bin(0, 0), Bin(8, 3), _ => 1);
        series.Add(Bin(8, 3), 6);
        var strict = Defaults(_sut.Options);
        var lenient = strict with { Floor = 5 };

        var verdict = _sut.Judge(series, Bin(8, 3), strict, 1);
        var other = verdict;
        _sut.Apply(series, ref other, lenient, 1);

        Assert.False(verdict.Fired);
        Assert.True(other.TailKnown);
        var expected = _sut.Rejudge(_sut.Evaluate(series, Bin(8, 3), strict, 1), lenient, 1);
        Assert.True(expected.Fired);
        Assert.Equal(expected, _sut.ToEvaluation(other));
    }
}
