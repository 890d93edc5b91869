using System.Runtime.CompilerServices;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Coordination;

namespace FactBot.Sources.Tests.Coordination;

/// <summary>
/// Against CooRTweet's own output on its bundled data set, when ../shared/data/coortweet exists next to the repo
/// (it is not part of the repo; without it these tests return at once). Same-second pairs are compared
/// unordered, as SOURCE.md advises; everything else must be equal.
/// </summary>
public sealed class CooRTweetParityTests
{
    [Theory]
    [InlineData(10, 447, 442, 4, 8, 4, 2)]
    [InlineData(60, 3_791, 3_721, 60, 94, 34, 10)]
    public void Run_RussianCoordTweets_EqualsCooRTweet(
        int window, int pairs, int edges, int coordinatedEdges, int coordinatedAccounts, int groups, int largest)
    {
        var data = FindData();
        if (data is null)
            return;

        var read = CoShareCsvReader.ReadFile(Path.Combine(data, "russian_coord_tweets.csv"));
        Assert.True(read.IsSuccess, read.Error?.Message);
        Assert.Empty(read.Value.Skipped);

        var sut = BatchCoordination.Run(read.Value.Table, new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(window) }).Value!;

        var summary = sut.Summary;
        Assert.Equal((pairs, edges, 1.0, coordinatedEdges, coordinatedAccounts, groups, largest),
            (summary.Pairs, summary.Edges, summary.Threshold, summary.CoordinatedEdges, summary.CoordinatedAccounts, summary.Groups, summary.LargestGroup));
        var expected = Path.Combine(data, "expected", $"tw{window}_");
        Assert.Equal(Lines(File.ReadAllText(expected + "pairs.csv"), TiesUnordered),
            Lines(Write(w => CoordinationCsvWriter.WritePairs(w, sut.Pairs)), TiesUnordered));
        Assert.Equal(Lines(File.ReadAllText(expected + "edges.csv"), static l => l),
            Lines(Write(w => CoordinationCsvWriter.WriteEdges(w, sut.Network)), static l => l));
    }

    /// <summary>A same-second pair with its two sides in ordinal order, so either orientation compares equal.</summary>
    private static string TiesUnordered(string line)
    {
        var f = line.Split(',');
        if (f.Length != 6 || f[3] != "0" || string.CompareOrdinal(f[1], f[2]) <= 0)
            return line;

        return string.Join(',', f[0], f[2], f[1], f[3], f[5], f[4]);
    }

    private static List<string> Lines(string text, Func<string, string> normalise) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => normalise(l.TrimEnd('\r')))
            .Order(StringComparer.Ordinal).ToList();

    private static string Write(Action<TextWriter> write)
    {
        var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    /// <summary>
    /// The folder with FactBot.sln, walking up from the test binaries (or, when they were built into an
    /// --artifacts-path outside the repo, from this source file's compile-time path), then ../shared/data/coortweet.
    /// </summary>
    private static string? FindData([CallerFilePath] string sourceFile = "")
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Path.GetDirectoryName(sourceFile) }.OfType<string>().Where(s => s.Length > 0))
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "FactBot.sln")))
                {
                    var data = Path.GetFullPath(Path.Combine(dir.FullName, "..", "shared", "data", "coortweet"));
                    return Directory.Exists(Path.Combine(data, "expected")) ? data : null;
                }
            }
        }

        return null;
    }
}
