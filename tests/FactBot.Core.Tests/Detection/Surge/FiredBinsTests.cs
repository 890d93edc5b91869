using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class FiredBinsTests
{
    [Fact]
    public void Set_AFiredBin_IsRememberedWithItsNumbers()
    {
        var sut = new FiredBins();

        var before = sut.Set(10, fired: true, count: 40, p: 1e-9, forgetBefore: 0);

        Assert.False(before);
        Assert.True(sut.Contains(10));
        Assert.True(sut.Same(10, 40, 1e-9));
        Assert.False(sut.Same(10, 41, 1e-9));
    }

    [Fact]
    public void Set_ABinThatNoLongerFires_SaysItHadFiredAndForgetsIt()
    {
        var sut = new FiredBins();
        sut.Set(10, fired: true, count: 40, p: 1e-9, forgetBefore: 0);

        var before = sut.Set(10, fired: false, count: 40, p: 0.2, forgetBefore: 0);

        Assert.True(before);
        Assert.False(sut.Contains(10));
    }

    [Fact]
    public void Set_BinsBeforeTheLateness_AreForgotten()
    {
        var sut = new FiredBins();
        sut.Set(10, fired: true, count: 40, p: 1e-9, forgetBefore: 0);

        sut.Set(100, fired: false, count: 0, p: 1, forgetBefore: 50);

        Assert.False(sut.Contains(10));
    }
}
