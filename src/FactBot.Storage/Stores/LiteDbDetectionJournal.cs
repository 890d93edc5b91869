using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>The detection journal: one small document per detector step, numbered in append order.</summary>
internal sealed class LiteDbDetectionJournal(FactBotDatabase database) : IDetectionJournal
{
    private const string AfterSequence = "After";
    private const string At = "At";

    private readonly ILiteCollection<BsonDocument> _marks = database.Collection(Collections.DetectionJournal);

    public Task AppendAsync(DetectionMark mark, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        _marks.Insert(new BsonDocument { [AfterSequence] = mark.AfterSequence, [At] = BsonConvert.Time(mark.At) });
        return Task.CompletedTask;
    }

    public Task<DetectionMark?> LastAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _marks.Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
        return Task.FromResult(doc is null ? null : ToMark(doc));
    }

    public Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _marks.Query().Where($"$.{At} < @0", BsonConvert.Time(from)).OrderByDescending("_id").Limit(1).FirstOrDefault();
        return Task.FromResult(doc is null ? 0 : doc[AfterSequence].AsInt64);
    }

    public Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        // Marks are appended in time order, so the first one at or after `from` starts the run read in _id order.
        var first = _marks.Query().Where($"$.{At} >= @0", BsonConvert.Time(from)).OrderBy("_id").Limit(1).FirstOrDefault();
        if (first is null)
            return Task.FromResult<IReadOnlyList<DetectionMark>>([]);
        IReadOnlyList<DetectionMark> marks = _marks.Query().Where("_id >= @0", first["_id"]).OrderBy("_id")
            .ToEnumerable().Select(ToMark).ToList();
        return Task.FromResult(marks);
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(_marks.DeleteMany($"$.{At} < @0", BsonConvert.Time(cutoff)));
    }

    private static DetectionMark ToMark(BsonDocument doc) => new(doc[AfterSequence].AsInt64, BsonConvert.ToTime(doc[At]));
}
