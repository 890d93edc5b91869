using System.Diagnostics;
using System.Runtime.ExceptionServices;

namespace FactBot.Core.Detection;

/// <summary>
/// A thread of its own for one extra lane. After a batch it stays awake for a moment before it sleeps: batches come
/// back to back while the worker is busy, and a pool thread woken for each one arrives about a tenth of a millisecond
/// late, a sizeable share of a batch of a few hundred posts. Idle for a while, the thread ends; the next batch starts
/// another. Work that is not followed by more right away (a clock step) lets the thread sleep at once: a replay takes a
/// step per minute of data, and a millisecond of spinning after each of them took a whole core from the store.
/// </summary>
internal sealed class LaneWorker : IDisposable
{
    private static readonly long AwakeTicks = Stopwatch.Frequency / 1000;
    private static readonly TimeSpan IdleExit = TimeSpan.FromSeconds(5);

    private readonly Lock _gate = new();
    private readonly SemaphoreSlim _ready = new(0);
    private Thread? _thread;
    private Action? _work;
    private ExceptionDispatchInfo? _error;
    private volatile bool _busy;
    private volatile bool _stayAwake;
    private volatile bool _disposed;

    /// <summary>Hands <paramref name="work"/> to the thread; <see cref="Wait"/> for it before the next.</summary>
    /// <param name="stayAwake">Spin for a moment afterwards, expecting more work right away (batches of posts).</param>
    public void Start(Action work, bool stayAwake = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_busy)
            throw new InvalidOperationException("The lane worker is still running the previous work.");
        _error = null;
        _work = work;
        _stayAwake = stayAwake;
        _busy = true;
        lock (_gate)
        {
            if (_thread is null)
            {
                _thread = new Thread(Loop) { IsBackground = true, Name = "FactBot detector lane" };

                // No flowing of the first caller's context (its async locals, its activity) into the thread for good.
                _thread.UnsafeStart();
            }

            _ready.Release();
        }
    }

    /// <summary>
    /// Waits for the work (spinning: the calling lane is done with its share, and the rest is usually a chunk or one
    /// detector's minute away) and returns what it threw, if anything.
    /// </summary>
    public Exception? Wait()
    {
        var spin = default(SpinWait);
        while (_busy)
            spin.SpinOnce(sleep1Threshold: -1);
        return _error?.SourceException;
    }

    public void Dispose()
    {
        _disposed = true;
        lock (_gate)
        {
            if (_thread is not null)
                _ready.Release();
        }
    }

    private void Loop()
    {
        var stayAwake = true;
        while (WaitForWork(stayAwake))
        {
            try
            {
                ObjectDisposedException.ThrowIf(_disposed, this);
                _work!();
            }
            catch (Exception e)
            {
                _error = ExceptionDispatchInfo.Capture(e);
            }

            // Read before the worker is free: the next Start may set it for its own work.
            stayAwake = _stayAwake;
            _work = null;
            _busy = false;
            if (_disposed)
                return;
        }
    }

    private bool WaitForWork(bool stayAwake)
    {
        var until = stayAwake ? Stopwatch.GetTimestamp() + AwakeTicks : 0;
        while (Stopwatch.GetTimestamp() < until)
        {
            if (_ready.Wait(0))
                return true;
            Thread.SpinWait(20);
        }

        while (!_ready.Wait(IdleExit))
        {
            // Idle: end the thread, unless work came in just now (then Start saw the thread and released the semaphore).
            lock (_gate)
            {
                if (_ready.CurrentCount == 0)
                {
                    _thread = null;
                    return false;
                }
            }
        }

        return true;
    }
}
