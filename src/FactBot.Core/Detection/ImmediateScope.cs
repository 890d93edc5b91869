using FactBot.Core.Abstractions;

namespace FactBot.Core.Detection;

/// <summary>The scope of an engine built without a store (tests, benches): the work runs as is.</summary>
internal sealed class ImmediateScope : IAtomicScope
{
    public static readonly ImmediateScope Instance = new();

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default) => work(ct);
}
