using FactBot.Core.Abstractions;
using FactBot.Storage.Database;

namespace FactBot.Storage.Transactions;

/// <summary>
/// A LiteDB transaction around a piece of async work: it runs on one dedicated thread (LiteDB transactions are per
/// thread), every store call inside joins the transaction, and it commits at the end or rolls back on an exception.
/// LiteDB writes a transaction's pages to its log and marks them confirmed only at commit, so a process killed in the
/// middle leaves none of it.
/// </summary>
internal sealed class LiteDbAtomicScope(FactBotDatabase database) : IAtomicScope, IDisposable
{
    private readonly ScopeThread _thread = new("factbot-store-scope");

    public Task<T> RunAsync<T>(Func<CancellationToken, Task<T>> work, CancellationToken ct = default)
    {
        if (_thread.IsCurrent)
            throw new InvalidOperationException("Atomic scopes do not nest.");
        return _thread.RunAsync(async () =>
        {
            if (!database.Db.BeginTrans())
                throw new InvalidOperationException("A transaction was already open on the scope thread.");
            try
            {
                var result = await work(ct);
                database.Db.Commit();
                return result;
            }
            catch
            {
                database.Db.Rollback();
                throw;
            }
        });
    }

    public void Dispose() => _thread.Dispose();
}
