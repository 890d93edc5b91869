using System.Globalization;
using FactBot.Benchmarks.Infrastructure;
using LiteDB;

namespace FactBot.Benchmarks.Import;

/// <summary>The import bench's markdown: throughput side by side, bytes per post, where a document's bytes go.</summary>
internal static class ImportReport
{
    public const double TargetShareOfBare = 0.8;
    public const double TargetPostsPerSecond = 17_000;
    public const double TargetBytesPerPost = 1.15 * 1024;

    public const double TargetReplayPostsPerSecond = 12_000;

    public static BenchReport Build(ImportResult r, string load, string loadAfter, int batch, int page)
    {
        var bare = Stats.Median(r.Bare);
        var pipeline = Stats.Median(r.Pipeline);
        var process = Stats.Median(r.Process);
        var replay = Stats.Median(r.Replay);
        var share = bare / process;
        var rate = r.Posts / process.TotalSeconds;
        var replayRate = r.Posts / replay.TotalSeconds;
        var bytesPerPost = (double)r.ProcessBytes / r.Posts;
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture,
            $"A generated TikTok Research API recording ({r.Posts:N0} videos, 100 per page, one page per line, {r.FileBytes / 1048576.0:F1} MiB) imported into a fresh LiteDB file, {r.Bare.Count} rounds alternating the order (A/B/A/B), medians (min–max); every time includes closing the database. Commits of {batch:N0} posts (`Core:Ingest:FileBatchSize`, what `import` and `replay` use). Load average when the run started: {load}; when it ended: {loadAfter}.\n\n");
        var table = new MarkdownTable("run", "time", "posts/s", "share of bare LiteDB", "database file", "bytes/post");
        table.Add("`dotnet factbot.dll import FILE` (own process, fresh file store, repo config)", Stats.Spread(r.Process), Rate(r.Posts, process), Percent(share), MiB(r.ProcessBytes), Bytes(bytesPerPost));
        table.Add("the same path in the bench process: file source → `IngestPipeline.RunAsync` (Detect=false) → `LiteDbPostStore`", Stats.Spread(r.Pipeline), Rate(r.Posts, pipeline), Percent(bare / pipeline), MiB(r.PipelineBytes), Bytes((double)r.PipelineBytes / r.Posts));
        table.Add("post store alone: `AddNewAsync` per batch, posts already parsed", Stats.Spread(r.Store), Rate(r.Posts, Stats.Median(r.Store)), Percent(bare / Stats.Median(r.Store)), "–", "–");
        table.Add("bare LiteDB: `Insert` per batch of the same documents, same indexes, engine defaults", Stats.Spread(r.Bare), Rate(r.Posts, bare), "100 %", MiB(r.BareBytes), Bytes((double)r.BareBytes / r.Posts));
        table.Add("`dotnet factbot.dll replay FILE --speed max` (own process, fresh file store, detection, repo config)", Stats.Spread(r.Replay), Rate(r.Posts, replay), "–", "–", "–");
        text.Append(table).Append('\n');
        text.Append(CultureInfo.InvariantCulture,
            $"The file source alone (read, parse, normalise every post, nothing stored) took {Stats.Format(r.Parse)} ({Rate(r.Posts, r.Parse)} posts/s), once before the rounds: in the import path it runs on its own thread, side by side with the commits, so on an idle machine it is hidden and on a loaded one it competes with them for the 2 cores.\n\n");

        var read = Stats.Median(r.Reads);
        text.Append(CultureInfo.InvariantCulture,
            $"Detector rebuild read: `ReadAfterSequenceAsync` in pages of {page:N0} over all {r.ReadCount:N0} posts: {Stats.Spread(r.Reads)} ({Rate(r.ReadCount, read)} posts/s; 1,000,000 posts ≈ {1_000_000 / (r.ReadCount / read.TotalSeconds):F1} s).\n\n");
        text.Append(DocumentBytes(r.Documents)).Append('\n');

        var stored = r.Stored == r.Posts && r.ReadCount == r.Posts && r.ProcessBytes > 0;
        text.Append(CultureInfo.InvariantCulture, $"- Check: every post stored once and read back in sequence: {(stored ? "pass" : $"FAIL (stored {r.Stored:N0}, read {r.ReadCount:N0})")}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Target: `factbot import` ≥ 80 % of bare LiteDB: {Percent(share)}: {Met(share >= TargetShareOfBare)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Target: `factbot import` ≥ 17,000 posts/s: {Rate(r.Posts, process)}: {Met(rate >= TargetPostsPerSecond)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Target: ≤ ~1.15 KB per post: {Bytes(bytesPerPost)}: {Met(bytesPerPost <= TargetBytesPerPost)}.\n");
        text.Append(CultureInfo.InvariantCulture, $"- Target: `replay` with detection ≥ 12,000 posts/s: {Rate(r.Posts, replay)}: {Met(replayRate >= TargetReplayPostsPerSecond)}.\n");
        return new BenchReport(text.ToString(), stored);
    }

    // Where a stored document's bytes go, field by field (BSON, names included): what a schema change can save.
    private static string DocumentBytes(List<BsonDocument> documents)
    {
        if (documents.Count == 0)
            return "";
        var fields = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        foreach (var doc in documents)
        {
            total += BsonSerializer.Serialize(doc).Length;
            foreach (var (name, value) in doc)
                fields[name] = fields.GetValueOrDefault(name) + BsonSerializer.Serialize(new BsonDocument { [name] = value }).Length - 5;
        }

        var table = new MarkdownTable("field (BSON, name included)", "bytes/post");
        foreach (var (name, bytes) in fields.OrderByDescending(f => f.Value).Take(8))
            table.Add($"`{name}`", Bytes((double)bytes / documents.Count));
        return $"A stored post document averages {Bytes((double)total / documents.Count)}; its largest fields:\n\n{table}";
    }

    private static string Rate(long posts, TimeSpan time) => (posts / time.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture);

    private static string Percent(double share) => (share * 100).ToString("F0", CultureInfo.InvariantCulture) + " %";

    private static string MiB(long bytes) => (bytes / 1048576.0).ToString("F1", CultureInfo.InvariantCulture) + " MiB";

    private static string Bytes(double bytes) => bytes.ToString("N0", CultureInfo.InvariantCulture) + " B";

    private static string Met(bool met) => met ? "met" : "not met";
}
