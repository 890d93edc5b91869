using System.Collections.Concurrent;

namespace FactBot.Storage.Transactions;

/// <summary>
/// One long-lived thread that runs async work to completion with every continuation back on itself. LiteDB binds a
/// transaction to the thread that began it, so a scope whose awaits resumed on pool threads would write outside its
/// own transaction; here they cannot.
/// </summary>
internal sealed class ScopeThread : IDisposable
{
    private readonly BlockingCollection<Action> _queue = [];
    private readonly Thread _thread;

    public ScopeThread(string name)
    {
        _thread = new Thread(Pump) { IsBackground = true, Name = name };
        _thread.Start();
    }

    public bool IsCurrent => Thread.CurrentThread == _thread;

    /// <summary>Runs <paramref name="work"/> on the scope thread; its continuations stay there.</summary>
    public Task<T> RunAsync<T>(Func<Task<T>> work)
    {
        var done = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        _queue.Add(() => Start(work, done));
        return done.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        if (!IsCurrent)
            _thread.Join();
        _queue.Dispose();
    }

    private static void Start<T>(Func<Task<T>> work, TaskCompletionSource<T> done)
    {
        Task<T> task;
        try
        {
            task = work();
        }
        catch (Exception ex)
        {
            done.SetException(ex);
            return;
        }

        task.ContinueWith(t => done.SetFromTask(t), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    private void Pump()
    {
        SynchronizationContext.SetSynchronizationContext(new Context(this));
        foreach (var action in _queue.GetConsumingEnumerable())
            action();
    }

    private sealed class Context(ScopeThread owner) : SynchronizationContext
    {
        public override void Post(SendOrPostCallback d, object? state) => owner._queue.Add(() => d(state));

        public override void Send(SendOrPostCallback d, object? state)
        {
            if (owner.IsCurrent)
                d(state);
            else
                owner.RunAsync(() => { d(state); return Task.FromResult(0); }).GetAwaiter().GetResult();
        }

        public override SynchronizationContext CreateCopy() => this;
    }
}
