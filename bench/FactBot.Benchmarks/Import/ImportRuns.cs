using System.Diagnostics;
using FactBot.Benchmarks.Infrastructure;
using FactBot.Core;
using FactBot.Core.Abstractions;
using FactBot.Core.Ingest;
using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Storage;
using LiteDB;
using LiteDB.Engine;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Benchmarks.Import;

/// <summary>
/// The timed runs, each into a fresh database file and each including the close (LiteDB copies its log into the data
/// file then, work an import cannot skip): FactBot's import path, the post store alone, and bare LiteDB.
/// </summary>
internal static class ImportRuns
{
    /// <summary>
    /// `factbot import`: the file source through <see cref="IngestPipeline"/> (no detection) into the real store, in
    /// commits of <paramref name="batch"/> posts (the verb's is <see cref="IngestOptions.FileBatchSize"/>).
    /// </summary>
    public static async Task<(TimeSpan Time, long Stored)> PipelineAsync(string file, string db, int batch, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        IngestResult result;
        await using (var services = Compose(db, batch))
        {
            var run = new IngestRun { Detect = false, BatchSize = batch };
            result = await services.GetRequiredService<IngestPipeline>().RunAsync(OpenFile(file), run, ct);
        }

        return (watch.Elapsed, result.Stored);
    }

    /// <summary>
    /// `factbot replay FILE --speed max` as a user runs it (its own process, a fresh file store, the repo's config and
    /// watchlists): wall time from start to exit, so it includes start-up, the sort and the final bins.
    /// </summary>
    public static Task<TimeSpan> ReplayAsync(BenchContext context, string file, string db, CancellationToken ct) =>
        FactbotAsync(context, ["replay", file, "--speed", "max"], db, ct);

    /// <summary>
    /// `factbot import FILE` in its own process: what a user waits for, without the bench process's heap (it holds
    /// every parsed post and document, which makes each of its full collections dearer).
    /// </summary>
    public static Task<TimeSpan> ImportAsync(BenchContext context, string file, string db, CancellationToken ct) =>
        FactbotAsync(context, ["import", file], db, ct);

    private static async Task<TimeSpan> FactbotAsync(BenchContext context, string[] args, string db, CancellationToken ct)
    {
        var environment = new Dictionary<string, string>
        {
            ["FACTBOT__Storage__Path"] = db,
            ["FACTBOT_HOME"] = context.RepoRoot,
        };
        var dll = Path.Combine(context.FactbotDirectory, "factbot.dll");
        var run = await ProcessTimer.RunAsync("dotnet", [dll, .. args], environment, ct);
        if (run.ExitCode != 0)
            throw new InvalidOperationException($"factbot {args[0]} exited with {run.ExitCode}: {run.Stderr}");
        return run.Elapsed;
    }

    /// <summary>The default commit size of `factbot import` and `factbot replay`.</summary>
    public static int FileBatchSize => new IngestOptions().FileBatchSize;

    /// <summary>The store alone: <see cref="IPostStore.AddNewAsync"/> in batches, posts already parsed.</summary>
    public static async Task<TimeSpan> StoreAsync(IReadOnlyList<Post> posts, string db, int batch, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        await using (var services = Compose(db, batch))
        {
            var store = services.GetRequiredService<IPostStore>();
            for (var i = 0; i < posts.Count; i += batch)
                await store.AddNewAsync(posts.Skip(i).Take(batch).ToList(), ct);
        }

        return watch.Elapsed;
    }

    /// <summary>Bare LiteDB: the same documents with the same indexes, one <c>Insert</c> (one transaction) per batch.</summary>
    public static TimeSpan Bare(IReadOnlyList<BsonDocument> documents, IReadOnlyList<BsonDocument> indexes, string db, int batch)
    {
        var watch = Stopwatch.StartNew();
        using (var lite = Open(db))
        {
            var posts = lite.GetCollection("posts");
            foreach (var index in indexes)
                posts.EnsureIndex(index["name"].AsString, index["expression"].AsString, index["unique"].AsBoolean);
            for (var i = 0; i < documents.Count; i += batch)
                posts.Insert(documents.Skip(i).Take(batch));
        }

        return watch.Elapsed;
    }

    /// <summary>Every post by <see cref="IPostStore.ReadAfterSequenceAsync"/>, in pages, as a detector rebuild reads them.</summary>
    public static async Task<(TimeSpan Time, long Read)> ReadAllAsync(string db, int page, CancellationToken ct)
    {
        await using var services = Compose(db, 256);
        var store = services.GetRequiredService<IPostStore>();
        var watch = Stopwatch.StartNew();
        long after = 0, read = 0;
        while (await store.ReadAfterSequenceAsync(after, page, ct) is { Count: > 0 } posts)
        {
            read += posts.Count;
            after = posts[^1].Sequence;
        }

        return (watch.Elapsed, read);
    }

    /// <summary>The file's posts as the pipeline reads them.</summary>
    public static async Task<List<Post>> ReadPostsAsync(string file, CancellationToken ct)
    {
        var posts = new List<Post>();
        await foreach (var item in OpenFile(file).ReadAsync(null, ct))
        {
            if (item.Post is { } post)
                posts.Add(PostNormalizer.Normalize(post));
        }

        return posts;
    }

    /// <summary>A stored database's post documents (in key order, which is the file's order) and index definitions.</summary>
    public static (List<BsonDocument> Documents, List<BsonDocument> Indexes) Documents(string db)
    {
        using var lite = Open(db);
        var indexes = lite.GetCollection("$indexes").Find(Query.EQ("collection", "posts"))
            .Where(index => index["name"].AsString != "_id")
            .ToList();
        return (lite.GetCollection("posts").FindAll().ToList(), indexes);
    }

    private static IPostSource OpenFile(string file) =>
        PostFileSources.Open(file, TimeProvider.System).Value ?? throw new InvalidOperationException("The bench wrote a file the importer cannot open.");

    private static LiteDatabase Open(string db) =>
        new(new LiteEngine(new EngineSettings { Filename = db, Collation = Collation.Binary }));

    private static ServiceProvider Compose(string db, int batch)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Path"] = db,
                ["Core:Ingest:BatchSize"] = batch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            })
            .Build();
        return new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddFactBotCore(configuration)
            .AddFactBotStorage(configuration)
            .BuildServiceProvider();
    }
}
