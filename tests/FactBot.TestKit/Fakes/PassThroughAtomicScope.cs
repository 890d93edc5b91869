using FactBot.Core.Abstractions;

namespace FactBot.TestKit.Fakes;

/// <summary>An <see cref="IAtomicScope"/> for the in-memory fakes: runs the work as is (nothing there survives a
/// crash anyway), counting scopes so tests can see what ran inside one.</summary>
public sealed class PassThroughAtomicScope : IAtomicScope
{
    public int Scopes { get; private set; }

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        Scopes++;
        return work(ct);
    }
}
