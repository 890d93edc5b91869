using FactBot.Worker.Inbox;

namespace FactBot.Worker.Tests.Inbox;

public sealed class InboxFailuresTests
{
    [Fact]
    public void Failed_TrueOnlyAtTheLimitOfPollsInARow()
    {
        var sut = new InboxFailures(limit: 3);

        Assert.Equal([false, false, true], new[] { sut.Failed("a"), sut.Failed("a"), sut.Failed("a") });
    }

    [Fact]
    public void Succeeded_StartsTheCountAgain()
    {
        var sut = new InboxFailures(limit: 2);
        sut.Failed("a");

        sut.Succeeded("a");

        Assert.False(sut.Failed("a"));
    }

    [Fact]
    public void Failed_CountsEachFileOnItsOwn()
    {
        var sut = new InboxFailures(limit: 2);
        sut.Failed("a");

        Assert.False(sut.Failed("b"));
        Assert.True(sut.Failed("a"));
    }
}
