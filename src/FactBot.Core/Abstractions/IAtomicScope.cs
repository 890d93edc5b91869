namespace FactBot.Core.Abstractions;

/// <summary>
/// Runs a piece of work so that every store write inside it is committed together or not at all: a crash at any
/// moment leaves the store as it was before the work or after all of it. Scopes do not nest; callers serialise them
/// and take any lock of their own before entering, never inside.
/// </summary>
public interface IAtomicScope
{
    Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default);
}
