using FactBot.Core.Detection;

namespace FactBot.Core.Tests.Detection;

public sealed class LaneWorkerTests
{
    [Fact]
    public void Wait_WorkThatThrows_ReturnsTheErrorAndTheWorkerTakesTheNextWork()
    {
        using var sut = new LaneWorker();
        sut.Start(() => throw new InvalidOperationException("broken"));
        Assert.Equal("broken", Assert.IsType<InvalidOperationException>(sut.Wait()).Message);

        var ran = 0;
        sut.Start(() => ran++);

        Assert.Null(sut.Wait());
        Assert.Equal(1, ran);
    }

    [Fact]
    public void Start_WhileTheLastWorkRuns_IsRefused()
    {
        using var sut = new LaneWorker();
        using var release = new ManualResetEventSlim();
        sut.Start(release.Wait);

        Assert.Throws<InvalidOperationException>(() => sut.Start(() => { }));
        release.Set();
        Assert.Null(sut.Wait());
    }

    [Fact]
    public void Start_AfterDispose_IsRefused()
    {
        var sut = new LaneWorker();
        sut.Start(() => { });
        sut.Wait();

        sut.Dispose();

        Assert.Throws<ObjectDisposedException>(() => sut.Start(() => { }));
    }
}
