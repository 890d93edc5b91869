using FactBot.Core.Commands.Queries;

namespace FactBot.Core.Tests.Commands.Queries;

public sealed class SignalTextTests
{
    [Fact]
    public void Lines_KnownNamesInReadingOrderThenUnknownByName()
    {
        var signals = new Dictionary<string, double> { ["zeta"] = 2, ["p"] = 0.5, ["count"] = 1234, ["alpha_extra"] = 0.004 };

        var sut = SignalText.Lines(signals);

        Assert.Equal(["posts in the window: 1,234", "p (chance of this many or more): 0.500", "alpha_extra: 0.004", "zeta: 2"], sut);
    }

    [Fact]
    public void Lines_EveryStoredNumberAppearsOnce()
    {
        var signals = Enumerable.Range(0, 40).ToDictionary(i => $"n{i}", i => (double)i);

        Assert.Equal(signals.Count, SignalText.Lines(signals).Count);
    }
}
