using System.IO.Compression;
using System.Text;
using System.Text.Json;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;
using FactBot.Sources.Demo;
using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Demo;

/// <summary>The files committed under config/demo/ are exactly what the generator makes from the default scenario.</summary>
public sealed class DemoBundledFilesTests
{
    private static readonly string DemoDirectory = Path.Combine(DemoData.RepositoryRoot(), "config", "demo");

    private static string BundledPath(string name) => Path.Combine(DemoDirectory, name);

    [Fact]
    public void BundledPosts_EqualAFreshGenerationOfTheDefaultScenario()
    {
        var expected = DemoData.Posts.Select(PostJsonl.Serialize).ToList();

        var bundled = ReadGzipLines(BundledPath(DemoDatasetGenerator.PostsFileName));

        Assert.Equal(expected.Count, bundled.Count);
        for (var i = 0; i < expected.Count; i++)
            Assert.True(expected[i] == bundled[i], $"line {i + 1} differs; regenerate config/demo (see its README.md)");
    }

    [Fact]
    public void BundledPosts_ParseBackToTheGeneratedPosts()
    {
        var lines = ReadGzipLines(BundledPath(DemoDatasetGenerator.PostsFileName));

        var parsed = lines.Select((line, i) => PostJsonl.Parse(line, $"line {i + 1}")).ToList();

        Assert.All(parsed, r => Assert.True(r.IsSuccess, r.Error?.Message));
        Assert.Equal(DemoData.Posts.Select(p => p.Key), parsed.Select(r => r.Value!.Key));
        Assert.Equal(DemoData.Posts.Select(p => p.Text), parsed.Select(r => r.Value!.Text));
        Assert.Equal(DemoData.Posts.Select(p => p.CreatedAt), parsed.Select(r => r.Value!.CreatedAt));
    }

    [Fact]
    public void BundledPosts_StayUnderFourMegabytes()
    {
        Assert.InRange(new FileInfo(BundledPath(DemoDatasetGenerator.PostsFileName)).Length, 1, 4_000_000);
    }

    [Fact]
    public void BundledLabels_EqualFreshOutput()
    {
        var expected = DemoFileWriter.LabelsCsv(DemoScenario.Default);

        Assert.Equal(expected, File.ReadAllBytes(BundledPath(DemoDatasetGenerator.LabelsFileName)));
    }

    [Fact]
    public void BundledWatchlists_EqualFreshOutput()
    {
        var expected = DemoFileWriter.WatchlistsJson(DemoScenario.Default);

        Assert.Equal(expected, File.ReadAllBytes(BundledPath(DemoDatasetGenerator.WatchlistsFileName)));
    }

    [Fact]
    public void BundledLabels_ListEveryLabelledAccountAsStateControlled()
    {
        var lines = File.ReadAllLines(BundledPath(DemoDatasetGenerator.LabelsFileName));

        Assert.Equal("platform,handle,category,country,source,evidence_url", lines[0]);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToList();
        Assert.Equal(DemoData.Scenario.LabelledAccounts.Select(a => a.Handle), rows.Select(r => r[1]));
        Assert.All(rows, r =>
        {
            Assert.Equal(6, r.Length);
            Assert.Equal("tiktok", r[0]);
            Assert.Equal(LabelCategory.StateControlled, LabelCategoryExtensions.Parse(r[2]));
            Assert.Equal("demo-list", r[4]);
            Assert.StartsWith("https://example.org/", r[5], StringComparison.Ordinal);
        });
    }

    [Fact]
    public void BundledWatchlists_ParseAndWatchTheSurgeTheTrendAndOrganicTargets()
    {
        using var json = JsonDocument.Parse(File.ReadAllText(BundledPath(DemoDatasetGenerator.WatchlistsFileName)));
        var scenario = DemoData.Scenario;

        var lists = json.RootElement.GetProperty("watchlists").EnumerateArray()
            .Select(w => (Name: w.GetProperty("name").GetString(), Targets: w.GetProperty("targets").EnumerateArray()
                .Select(t => WatchTarget.Parse(t.GetString())).ToList()))
            .ToList();

        Assert.Contains(lists, l => l.Name == Watchlist.MainName);
        var targets = lists.SelectMany(l => l.Targets).ToList();
        Assert.All(targets, t => Assert.True(t.IsSuccess, t.Error?.Message));
        var keys = targets.Select(t => t.Value!.Key).ToHashSet();
        Assert.Contains("#" + scenario.SurgeHashtag, keys);
        Assert.Contains(scenario.SurgeSound.Target, keys);
        Assert.Contains(scenario.TrendingSound.Target, keys);
        Assert.Contains(keys, k => scenario.OrganicSounds.Any(s => s.Target == k));
        Assert.True(keys.Count(k => k.StartsWith('#')) >= 5);
    }

    private static List<string> ReadGzipLines(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }
}
