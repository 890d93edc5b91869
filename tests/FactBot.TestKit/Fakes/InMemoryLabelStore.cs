using FactBot.Core.Abstractions;
using FactBot.Core.Labels;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="ILabelStore"/> in a dictionary keyed by <c>platform:handle</c>; lists are ordered by that key.</summary>
public sealed class InMemoryLabelStore : ILabelStore
{
    private readonly Dictionary<string, AccountLabel> _labels = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Inserts or replaces; a later label for the same account wins; returns how many accounts were written.</summary>
    public Task<int> UpsertAsync(IReadOnlyList<AccountLabel> labels, CancellationToken ct = default)
    {
        lock (_gate)
        {
            foreach (var label in labels)
                _labels[label.Key] = label;
        }

        return Task.FromResult(labels.Select(l => l.Key).Distinct(StringComparer.Ordinal).Count());
    }

    public Task<AccountLabel?> GetAsync(string platform, string handle, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_labels.GetValueOrDefault(LabelKey.Of(platform, handle)));
    }

    public Task<bool> RemoveAsync(string platform, string handle, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_labels.Remove(LabelKey.Of(platform, handle)));
    }

    public Task<IReadOnlyList<AccountLabel>> ListAsync(string? platform = null, CancellationToken ct = default)
    {
        lock (_gate)
        {
            IReadOnlyList<AccountLabel> labels =
            [
                .. _labels.Values
                    .Where(l => platform is null || l.Platform == platform)
                    .OrderBy(l => l.Key, StringComparer.Ordinal),
            ];
            return Task.FromResult(labels);
        }
    }
}
