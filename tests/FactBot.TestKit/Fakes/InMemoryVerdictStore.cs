using FactBot.Core.Abstractions;
using FactBot.Core.Verdicts;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="IVerdictStore"/> in a dictionary keyed by <see cref="Verdict.Id"/>; lists oldest first, ties by voter.</summary>
public sealed class InMemoryVerdictStore : IVerdictStore
{
    private readonly Dictionary<string, Verdict> _verdicts = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Every verdict (a snapshot), for assertions.</summary>
    public IReadOnlyList<Verdict> All
    {
        get
        {
            lock (_gate)
                return [.. _verdicts.Values];
        }
    }

    public Task UpsertAsync(Verdict verdict, CancellationToken ct = default)
    {
        lock (_gate)
            _verdicts[verdict.Id] = verdict;

        return Task.CompletedTask;
    }

    public Task<Verdict?> GetAsync(string alertId, string voterKey, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_verdicts.GetValueOrDefault(Verdict.KeyOf(alertId, voterKey)));
    }

    public Task<IReadOnlyList<Verdict>> ListForAlertAsync(string alertId, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<Verdict> verdicts = [.. _verdicts.Values
                .Where(v => v.AlertId == alertId)
                .OrderBy(v => v.At)
                .ThenBy(v => v.VoterKey, StringComparer.Ordinal)];
            return Task.FromResult(verdicts);
        }
    }
}
