using LiteDB;

namespace FactBot.Benchmarks.Import;

/// <summary>What the import bench measured, filled in run by run.</summary>
internal sealed class ImportResult(int posts, long fileBytes)
{
    public int Posts => posts;

    public long FileBytes => fileBytes;

    /// <summary>The file source alone (read, parse, normalise), once, before the rounds.</summary>
    public TimeSpan Parse { get; init; }

    public long Stored { get; set; }

    public long ReadCount { get; set; }

    public long PipelineBytes { get; set; }

    public long BareBytes { get; set; }

    public List<TimeSpan> Pipeline { get; } = [];

    public List<TimeSpan> Store { get; } = [];

    public List<TimeSpan> Bare { get; } = [];

    public List<TimeSpan> Reads { get; } = [];

    public List<TimeSpan> Replay { get; } = [];

    public List<TimeSpan> Process { get; } = [];

    public long ProcessBytes { get; set; }

    public List<BsonDocument> Documents { get; set; } = [];

    public List<BsonDocument> Indexes { get; set; } = [];
}
