using FactBot.Core.Sources;
using FactBot.Storage.Stores;
using FactBot.Storage.Transactions;
using FactBot.TestKit.Posts;

namespace FactBot.Storage.Tests.Transactions;

public sealed class LiteDbAtomicScopeTests : IDisposable
{
    private readonly TestDatabase _db = new();
    private readonly LiteDbAtomicScope _scope;
    private readonly LiteDbPostStore _posts;
    private readonly LiteDbCheckpointStore _checkpoints;

    public LiteDbAtomicScopeTests()
    {
        _scope = new LiteDbAtomicScope(_db.Database);
        _posts = new LiteDbPostStore(_db.Database);
        _checkpoints = new LiteDbCheckpointStore(_db.Database);
    }

    public void Dispose()
    {
        _scope.Dispose();
        _db.Dispose();
    }

    [Fact]
    public async Task RunAsync_WorkThrowsAfterRealAwaits_NothingItWroteIsKept()
    {
        var work = _scope.RunAsync<int>(async ct =>
        {
            await _posts.AddNewAsync([PostBuilder.Create(id: "a")], ct);
            await Task.Delay(20, ct); // resumes on a timer thread's post back to the scope thread
            await _checkpoints.SaveAsync(new SourceCheckpoint("s", "1", PostBuilder.Epoch), ct);
            await Task.Yield();
            await _posts.AddNewAsync([PostBuilder.Create(id: "b")], ct);
            throw new InvalidOperationException("crash in the middle");
        });

        await Assert.ThrowsAsync<InvalidOperationException>(() => work);
        Assert.Equal(0, await _posts.CountAsync());
        Assert.Null(await _checkpoints.GetAsync("s"));
        Assert.Equal(0, await _posts.LastSequenceAsync());
    }

    [Fact]
    public async Task RunAsync_WorkCompletes_EverythingIsCommittedAndSurvivesAReopen()
    {
        await _scope.RunAsync(async ct =>
        {
            await _posts.AddNewAsync([PostBuilder.Create(id: "a"), PostBuilder.Create(id: "b")], ct);
            await Task.Delay(5, ct);
            await _checkpoints.SaveAsync(new SourceCheckpoint("s", "2", PostBuilder.Epoch), ct);
            return 0;
        });

        var reopened = _db.Reopen();
        Assert.Equal(2, await new LiteDbPostStore(reopened).CountAsync());
        Assert.Equal("2", (await new LiteDbCheckpointStore(reopened).GetAsync("s"))!.Position);
    }

    [Fact]
    public async Task RunAsync_WhileAScopeIsOpen_OtherThreadsSeeOnlyCommittedData()
    {
        var inside = new TaskCompletionSource();
        var release = new TaskCompletionSource();
        var work = _scope.RunAsync(async ct =>
        {
            await _posts.AddNewAsync([PostBuilder.Create(id: "a")], ct);
            inside.SetResult();
            await release.Task;
            return 0;
        });

        await inside.Task;
        var seenDuring = await Task.Run(() => _posts.GetAsync("tiktok:a"));
        release.SetResult();
        await work;

        Assert.Null(seenDuring);
        Assert.NotNull(await _posts.GetAsync("tiktok:a"));
    }

    [Fact]
    public async Task RunAsync_Nested_IsABug()
    {
        var nested = _scope.RunAsync(ct => _scope.RunAsync(_ => Task.FromResult(1), ct));
        await Assert.ThrowsAsync<InvalidOperationException>(() => nested);
    }
}
