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
            return Task.FromResult(_marks.Count == 0 ? null : _marks[^1]);
    }

    public Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_marks.LastOrDefault(m => m.At < from)?.AfterSequence ?? 0);
    }

    public Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        lock (_gate)
        {
            var first = _marks.FindIndex(m => m.At >= from);
            return Task.FromResult<IReadOnlyList<DetectionMark>>(first < 0 ? [] : _marks[first..]);
        }
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        lock (_gate)
            return Task.FromResult(_marks.RemoveAll(m => m.At < cutoff));
    }
}
