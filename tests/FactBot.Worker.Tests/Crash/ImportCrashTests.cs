using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using FactBot.Core.Posts;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// <c>import</c> into a file store killed (SIGKILL) part-way and run again: the second run resumes exactly after the
/// last committed batch (it reads only what the first did not store, and finds nothing already stored), exits 0, and
/// the store ends with every post of the file exactly once, in file order.
/// </summary>
public sealed partial class ImportCrashTests : IDisposable
{
    private const int Posts = 6_000;
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(2);
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-import-crash-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Import_KilledPartWayAndRunAgain_StoresEveryPostOnceAndResumesAtTheCheckpoint()
    {
        var file = Path.Combine(_folder, "posts.jsonl");
        var start = new DateTimeOffset(2024, 2, 1, 0, 0, 0, TimeSpan.Zero);
        await File.WriteAllLinesAsync(file, Enumerable.Range(0, Posts).Select(i => Sources.Import.PostJsonl.Serialize(new Post
        {
            Platform = "tiktok",
            Source = "crash-test",
            PlatformPostId = i.ToString(CultureInfo.InvariantCulture),
            AuthorKey = $"user{i % 97}",
            AuthorHandle = $"user{i % 97}",
            CreatedAt = start.AddSeconds(i * 13),
            ObservedAt = start.AddSeconds(i * 13),
            Text = $"post number {i} about the harbour",
            Hashtags = ["crash", $"tag{i % 11}"],
        })));

        var watch = Stopwatch.StartNew();
        var full = Path.Combine(_folder, "full.db");
        using (var run = Start(file, full))
        {
            Assert.Equal(0, await run.WaitAsync(Timeout));
            Assert.Equal((Posts, Posts, 0), Counts(run.Output));
        }

        var duration = watch.Elapsed;
        var expected = await StoredState.PostKeysAsync(full);
        Assert.Equal(Posts, expected.Count);

        var killedInside = 0;
        foreach (var fraction in new[] { 0.47, 0.83 })
        {
            var database = Path.Combine(_folder, $"kill-{fraction:0.00}.db");
            using (var killed = Start(file, database))
            {
                await Task.Delay(duration * fraction);
                await killed.KillAsync();
            }

            var before = (await StoredState.PostKeysAsync(database)).Count;
            killedInside += before is > 0 and < Posts ? 1 : 0;
            using var again = Start(file, database);
            Assert.Equal(0, await again.WaitAsync(Timeout));
            Assert.Equal((Posts - before, Posts - before, 0), Counts(again.Output));
            Assert.Equal(before > 0, again.Output.Contains("(resumed from checkpoint)", StringComparison.Ordinal));
            Assert.Equal(expected, await StoredState.PostKeysAsync(database));
        }

        // At least one kill must have cut the import short, or the test proved nothing about resuming.
        Assert.True(killedInside > 0, "no kill landed inside the import");
    }

    // Commits of 500 posts (import's default is 4,096): a dozen commits, so a kill at a fraction of the run lands
    // between two of them, not before the first or after the last of only two.
    private static ChildProcess Start(string file, string database) =>
        ChildProcess.Start(
            new Dictionary<string, string> { ["FACTBOT__Storage__Path"] = database, ["FACTBOT__Core__Ingest__FileBatchSize"] = "500" },
            "import",
            file);

    // "Imported …: N records read, N new posts stored, N already stored, …"
    private static (int Read, int Stored, int Duplicates) Counts(string output)
    {
        var match = Report().Match(output);
        Assert.True(match.Success, output);
        int Number(int group) => int.Parse(match.Groups[group].Value.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (Number(1), Number(2), Number(3));
    }

    [GeneratedRegex(@"([\d,]+) records read, ([\d,]+) new posts stored, ([\d,]+) already stored")]
    private static partial Regex Report();
}
