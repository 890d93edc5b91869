using FactBot.Core.Commands.Queries;

namespace FactBot.Core.Tests.Commands.Queries;

public sealed class SparklineTests
{
    [Fact]
    public void Render_Counts_ScalesToTheLargestAndKeepsSmallOnesVisible()
    {
        var sut = Sparkline.Render([0, 1, 50, 100]);

        Assert.Equal(4, sut.Length);
        Assert.Equal('▁', sut[0]);
        Assert.Equal('▂', sut[1]);
        Assert.Equal('█', sut[3]);
        Assert.True(sut[2] > sut[1] && sut[2] < sut[3]);
    }

    [Fact]
    public void Render_AllZero_IsFlat()
    {
        Assert.Equal("▁▁▁", Sparkline.Render([0, 0, 0]));
        Assert.Equal("", Sparkline.Render([]));
    }
}
