using FactBot.Core.Abstractions;
using FactBot.Core.Detection;

namespace FactBot.TestKit.Fakes;

/// <summary><see cref="IDetectionJournal"/> in a list, in append order.</summary>
public sealed class InMemoryDetectionJournal : IDetectionJournal
{
    private readonly List<DetectionMark> _marks = [];
    private readonly Lock _gate = new();

    public IReadOnlyList<DetectionMark> All
    {
        get
        {
            lock (_gate)
                return [.. _marks];
        }
    }

    public Task AppendAsync(DetectionMark mark, CancellationToken ct = default)
    {
        lock (_gate)
            _marks.Add(mark);
        return Task.CompletedTask;
    }

    public Task<DetectionMark?> LastAsync(CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_marks.LastOrDefault(m => m.IsStep));
    }

    public Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_marks.LastOrDefault(m => m.IsStep && m.At < from)?.AfterSequence ?? 0);
    }

    public Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult<IReadOnlyList<DetectionMark>>(_marks[Start(from)..]);
    }

    public Task<DetectionMark?> WatchlistsBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_marks[..Start(from)].LastOrDefault(m => !m.IsStep));
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var kept = _marks.LastOrDefault(m => !m.IsStep && m.At < cutoff);
            return Task.FromResult(_marks.RemoveAll(m => m.At < cutoff && !ReferenceEquals(m, kept)));
        }
    }

    // Just after the last step before `from`.
    private int Start(DateTimeOffset from) => _marks.FindLastIndex(m => m.IsStep && m.At < from) + 1;
}
