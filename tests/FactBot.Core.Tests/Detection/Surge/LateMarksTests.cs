using FactBot.Core.Detection.Surge;
using static FactBot.Core.Tests.Detection.Surge.SurgeFixture;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class LateMarksTests
{
    private static readonly SurgeTest Test = new(Options());

    [Fact]
    public void Mark_FirstAndLaterBins_SaysDueOnceAndStartsAtTheEarliest()
    {
        var sut = new LateMarks();

        var first = sut.Mark(Bin(8, 5));
        var second = sut.Mark(Bin(8, 2));

        Assert.True(first);
        Assert.False(second);
        Assert.Equal(Bin(8, 2), sut.Take());
        Assert.Equal(long.MaxValue, sut.From);
    }

    [Fact]
    public void Touched_SeasonalBaseline_ReadsTheSameHourOnTheBaselineDaysOnly()
    {
        var sut = new LateMarks();
        sut.Mark(Bin(8, 5));
        var start = Bin(0, 0);

        Assert.True(sut.Touched(Test, Bin(8, 5), start));   // its own bin
        Assert.True(sut.Touched(Test, Bin(9, 5), start));   // a day later: reads it
        Assert.True(sut.Touched(Test, Bin(15, 5), start));  // the seventh day
        Assert.False(sut.Touched(Test, Bin(16, 5), start)); // the eighth: out of the baseline
        Assert.False(sut.Touched(Test, Bin(9, 6), start));  // another hour of day
    }

    [Fact]
    public void Touched_ColdStart_ReadsThePreviousBins()
    {
        var sut = new LateMarks();
        sut.Mark(Bin(1, 5));
        var start = Bin(1, 0);

        Assert.True(sut.Touched(Test, Bin(1, 6), start));
        Assert.True(sut.Touched(Test, Bin(2, 5), start));  // 24 bins back: still a cold-start bin
        Assert.False(sut.Touched(Test, Bin(2, 6), start)); // 25 back: beyond ColdStartBins
    }

    [Fact]
    public void Touched_ABinMarkedWithoutMovingBaselines_TouchesNothing()
    {
        var sut = new LateMarks();
        sut.Mark(Bin(8, 5), movesBaselines: false);

        Assert.Equal(Bin(8, 5), sut.From);
        Assert.False(sut.Touched(Test, Bin(9, 5), Bin(0, 0)));
    }
}
