using FactBot.Core.Abstractions;
using FactBot.Core.Detection;
using FactBot.Core.Watchlists;
using FactBot.Storage.Database;
using FactBot.Storage.Mapping;
using LiteDB;

namespace FactBot.Storage.Stores;

/// <summary>
/// The detection journal: one small document per detector step or watchlist change (the latter with the watchlists as
/// JSON), numbered in append order (<see cref="JournalCollection"/>). Changes are rare, so steps are told apart by a
/// filter over the newest documents.
/// </summary>
internal sealed class LiteDbDetectionJournal(FactBotDatabase database) : IDetectionJournal
{
    private const string AfterSequence = "After";
    private const string At = "At";
    private const string Watchlists = "W";

    private readonly ILiteCollection<BsonDocument> _marks = JournalCollection.Open(database);

    public Task AppendAsync(DetectionMark mark, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = new BsonDocument { [AfterSequence] = mark.AfterSequence, [At] = BsonConvert.Time(mark.At) };
        if (mark.Watchlists is { } lists)
            doc[Watchlists] = WatchlistJson.Serialize(lists);
        _marks.Insert(doc);
        return Task.CompletedTask;
    }

    public Task<DetectionMark?> LastAsync(CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var doc = _marks.Query().OrderByDescending("_id").ToEnumerable().FirstOrDefault(IsStep);
        return Task.FromResult(doc is null ? null : ToMark(doc));
    }

    public Task<long> SequenceBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        return Task.FromResult(StepBefore(from) is { } doc ? doc[AfterSequence].AsInt64 : 0);
    }

    public Task<IReadOnlyList<DetectionMark>> ReadFromAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        // Steps are appended in time order, so everything after the last step before `from` is read in _id order.
        var query = StepBefore(from) is { } start ? _marks.Query().Where("_id > @0", start["_id"]) : _marks.Query();
        IReadOnlyList<DetectionMark> marks = query.OrderBy("_id").ToEnumerable().Select(ToMark).ToList();
        return Task.FromResult(marks);
    }

    public Task<DetectionMark?> WatchlistsBeforeAsync(DateTimeOffset from, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        if (StepBefore(from) is not { } start)
            return Task.FromResult<DetectionMark?>(null);
        var doc = _marks.Query().Where("_id < @0", start["_id"]).OrderByDescending("_id").ToEnumerable().FirstOrDefault(d => !IsStep(d));
        return Task.FromResult(doc is null ? null : ToMark(doc));
    }

    public Task<int> DeleteBeforeAsync(DateTimeOffset cutoff, CancellationToken ct = default)
    {
        ct.ThrowIfCancellationRequested();
        var time = BsonConvert.Time(cutoff);
        var kept = _marks.Query().Where($"$.{At} < @0", time).OrderByDescending("_id").ToEnumerable().FirstOrDefault(d => !IsStep(d));
        return Task.FromResult(kept is null
            ? _marks.DeleteMany($"$.{At} < @0", time)
            : _marks.DeleteMany($"$.{At} < @0 AND _id != @1", time, kept["_id"]));
    }

    private BsonDocument? StepBefore(DateTimeOffset from) =>
        _marks.Query().Where($"$.{At} < @0", BsonConvert.Time(from)).OrderByDescending("_id").ToEnumerable().FirstOrDefault(IsStep);

    private static bool IsStep(BsonDocument doc) => !doc.ContainsKey(Watchlists);

    private static DetectionMark ToMark(BsonDocument doc) => new(doc[AfterSequence].AsInt64, BsonConvert.ToTime(doc[At]))
    {
        Watchlists = doc.TryGetValue(Watchlists, out var json) ? WatchlistJson.Deserialize(json.AsString) : null,
    };
}
