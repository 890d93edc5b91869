using System.Runtime.InteropServices;
using FactBot.Core.Labels;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Accounts as dense <c>int</c> ids, so shares, co-shares and edges hold numbers rather than strings. An account not
/// seen since a sweep's cutoff is forgotten and its id reused; the cutoff leaves a margin so nothing still held (a
/// share in the index, a co-share) can point at it.
/// </summary>
internal sealed class AccountTable
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<AccountInfo> _accounts = [];
    private readonly Stack<int> _free = new();

    public int Count => _ids.Count;

    /// <summary>Bytes held, roughly: the id dictionary, the account records and each key string.</summary>
    public long Bytes => (_accounts.Capacity * 32L) + (_ids.Count * 28L) + _ids.Keys.Sum(key => 22L + (key.Length * 2L));

    public AccountInfo this[int id] => _accounts[id];

    public int Intern(string key, string handle, AccountLabel? label, long ticks)
    {
        ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(_ids, key, out var exists);
        if (!exists)
        {
            // The handle is usually the key itself: keep one string, not two.
            var info = new AccountInfo(key, string.Equals(handle, key, StringComparison.Ordinal) ? key : handle, label, ticks);
            if (_free.TryPop(out var reused))
                _accounts[reused] = info;
            else
            {
                reused = _accounts.Count;
                _accounts.Add(info);
            }

            id = reused;
            return id;
        }

        ref var existing = ref CollectionsMarshal.AsSpan(_accounts)[id];
        if (ticks > existing.LastTicks)
            existing.LastTicks = ticks;
        if (label is not null)
            existing.Label = label;
        return id;
    }

    /// <summary>Forgets accounts last seen before <paramref name="cutoffTicks"/>.</summary>
    public void Sweep(long cutoffTicks)
    {
        var accounts = CollectionsMarshal.AsSpan(_accounts);
        for (var id = 0; id < accounts.Length; id++)
        {
            ref var account = ref accounts[id];
            if (account.Key is null || account.LastTicks >= cutoffTicks)
                continue;
            _ids.Remove(account.Key);
            account = default;
            _free.Push(id);
        }
    }
}
