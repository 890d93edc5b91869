using System.Globalization;
using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Import;

/// <summary>
/// Issue 12 part 5: `factbot import` of a TikTok Research API recording into a fresh LiteDB file, side by side with the
/// post store alone, a bare LiteDB insert of the same documents with the same indexes and `factbot replay --speed max`
/// of the same file, runs alternated and medians reported; then the detector-rebuild read (<c>ReadAfterSequenceAsync</c>
/// over every post).
/// FACTBOT_BENCH_POSTS sizes the file (default 152,142), FACTBOT_BENCH_ROUNDS the alternations (default 3).
/// </summary>
internal sealed class ImportBench : IBench
{
    public const int DefaultPosts = 152_142;
    public const int ReadPage = 10_000;
    private const int Seed = 12;

    public string Name => "import";

    public string Description => "TikTok Research API file → LiteDB: import pipeline vs store alone vs bare LiteDB, replay, bytes/post, sequence reads";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var count = Env("FACTBOT_BENCH_POSTS", DefaultPosts);
        var rounds = Env("FACTBOT_BENCH_ROUNDS", 2);
        var log = context.Log;
        var load = MachineInfo.LoadAverage();
        var folder = BenchContext.CreateTempDirectory("import");
        try
        {
            var file = Path.Combine(folder, "research-pages.jsonl");
            ResearchPageFile.Write(file, count, Seed);
            if (Environment.GetEnvironmentVariable("FACTBOT_BENCH_KEEP_FILE") is { Length: > 0 } keep)
            {
                // To profile `factbot import` / `replay` by hand on exactly the bench's file.
                File.Copy(file, keep, overwrite: true);
                return new BenchReport($"Wrote the {count:N0}-video file to {keep}; nothing timed.\n", Passed: true);
            }

            var parseStarted = TimeProvider.System.GetTimestamp();
            var posts = await ImportRuns.ReadPostsAsync(file, ct);
            var parse = TimeProvider.System.GetElapsedTime(parseStarted);
            await log.WriteLineAsync($"import: {posts.Count:N0} posts, file {new FileInfo(file).Length / 1048576.0:F1} MiB, read alone {Stats.Format(parse)} ({load})");

            var result = new ImportResult(posts.Count, new FileInfo(file).Length) { Parse = parse };
            var batch = ImportRuns.FileBatchSize;
            for (var round = 0; round < rounds; round++)
            {
                // A/B/A/B: the order flips each round so a burst of load on the shared machine hits both sides.
                var steps = new List<Func<Task>>
                {
                    async () =>
                    {
                        var db = Path.Combine(folder, $"pipeline-{round}.db");
                        var (time, stored) = await ImportRuns.PipelineAsync(file, db, batch, ct);
                        result.Pipeline.Add(time);
                        result.Stored = stored;
                        result.PipelineBytes = new FileInfo(db).Length;
                        var (read, readCount) = await ImportRuns.ReadAllAsync(db, ReadPage, ct);
                        result.Reads.Add(read);
                        result.ReadCount = readCount;
                        if (result.Documents.Count == 0)
                            (result.Documents, result.Indexes) = ImportRuns.Documents(db);
                        await log.WriteLineAsync($"  pipeline {Stats.Format(time)}, read back {Stats.Format(read)} ({MachineInfo.LoadAverage()})");
                    },
                    async () =>
                    {
                        var time = await ImportRuns.StoreAsync(posts, Path.Combine(folder, $"store-{round}.db"), batch, ct);
                        result.Store.Add(time);
                        await log.WriteLineAsync($"  store    {Stats.Format(time)} ({MachineInfo.LoadAverage()})");
                    },
                    async () =>
                    {
                        var db = Path.Combine(folder, $"bare-{round}.db");
                        var time = ImportRuns.Bare(result.Documents, result.Indexes, db, batch);
                        result.Bare.Add(time);
                        result.BareBytes = new FileInfo(db).Length;
                        await log.WriteLineAsync($"  bare     {Stats.Format(time)} ({MachineInfo.LoadAverage()})");
                    },
                    async () =>
                    {
                        var db = Path.Combine(folder, $"process-{round}.db");
                        var time = await ImportRuns.ImportAsync(context, file, db, ct);
                        result.Process.Add(time);
                        result.ProcessBytes = new FileInfo(db).Length;
                        await log.WriteLineAsync($"  import   {Stats.Format(time)} ({MachineInfo.LoadAverage()})");
                    },
                    async () =>
                    {
                        var time = await ImportRuns.ReplayAsync(context, file, Path.Combine(folder, $"replay-{round}.db"), ct);
                        result.Replay.Add(time);
                        await log.WriteLineAsync($"  replay   {Stats.Format(time)} ({MachineInfo.LoadAverage()})");
                    },
                };
                // Round 0 runs the pipeline first: the bare insert takes the documents it stored.
                if (round % 2 == 1)
                    steps.Reverse();
                foreach (var step in steps)
                    await step();
                foreach (var db in Directory.EnumerateFiles(folder, "*.db"))
                    File.Delete(db);
            }

            return ImportReport.Build(result, load, MachineInfo.LoadAverage(), batch, ReadPage);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int Env(string name, int fallback) =>
        int.TryParse(Environment.GetEnvironmentVariable(name), CultureInfo.InvariantCulture, out var n) ? n : fallback;
}
