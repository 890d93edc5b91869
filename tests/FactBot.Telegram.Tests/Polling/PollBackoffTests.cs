using FactBot.Telegram.Polling;

namespace FactBot.Telegram.Tests.Polling;

public sealed class PollBackoffTests
{
    [Fact]
    public void Next_Doubles_UpToTheCeiling_AndResetStartsOver()
    {
        var sut = new PollBackoff(TimeSpan.FromSeconds(5));

        var waits = Enumerable.Range(0, 5).Select(_ => sut.Next().TotalSeconds).ToList();
        sut.Reset();

        Assert.Equal([1, 2, 4, 5, 5], waits);
        Assert.Equal(TimeSpan.FromSeconds(1), sut.Next());
    }
}
