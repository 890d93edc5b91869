using FactBot.Core.Posts;

namespace FactBot.Sources.Demo;

/// <summary>
/// Generates the synthetic demo dataset described by a <see cref="DemoScenario"/>: deterministic for a seed
/// (same seed, byte-identical files), fictional accounts only.
/// </summary>
public sealed class DemoDatasetGenerator(DemoScenario scenario)
{
    /// <summary>Gzipped canonical JSONL (<see cref="Import.PostJsonl"/>), one post per line.</summary>
    public const string PostsFileName = "fistbump.factbot.jsonl.gz";

    /// <summary>The demo label list: <c>platform,handle,category,country,source,evidence_url</c>.</summary>
    public const string LabelsFileName = "labels.csv";

    /// <summary>Seed watchlists: <c>{"watchlists":[{"name":…,"targets":[…]}]}</c>.</summary>
    public const string WatchlistsFileName = "watchlists.json";

    // Separate random streams per part of the story (see DemoRandom).
    private const int AccountsStream = 1;
    private const int OrganicStreamId = 2;
    private const int TrendStreamId = 3;
    private const int SurgeStreamId = 4;
    private const int LabelledStreamId = 5;
    private const int AuthorsStream = 6;
    private const int PostsStream = 7;

    public DemoScenario Scenario { get; } = scenario;

    /// <summary>All posts, sorted by <c>CreatedAt</c>, then by id.</summary>
    public IReadOnlyList<Post> Generate()
    {
        var reserved = new HashSet<string>(
            Scenario.CoordinatedAccounts.Concat(Scenario.LabelledAccounts.Select(a => a.Handle)),
            StringComparer.Ordinal);
        var pool = new OrganicAccountPool(Scenario.OrganicAccountCount, reserved, Random(AccountsStream));

        var drafts = OrganicStream.Create(Scenario, Random(OrganicStreamId))
            .Concat(TrendStream.Create(Scenario, Random(TrendStreamId)))
            .Concat(SurgeStream.Create(Scenario, Random(SurgeStreamId)))
            .Concat(LabelledHistoryStream.Create(Scenario, Random(LabelledStreamId)))
            .Where(d => d.At >= Scenario.Start && d.At < Scenario.End)
            .ToList();
        for (var i = 0; i < drafts.Count; i++)
            drafts[i].Sequence = i;
        drafts.Sort((a, b) => a.At != b.At ? a.At.CompareTo(b.At) : a.Sequence.CompareTo(b.Sequence));

        new AuthorAssigner(Scenario.CoShareGuardWindow, pool, Random(AuthorsStream)).Assign(drafts);
        return new DemoPostFactory(Scenario, Random(PostsStream)).Create(drafts);
    }

    /// <summary>Writes the posts, labels and watchlists files into <paramref name="directory"/> (created if missing).</summary>
    public void WriteTo(string directory)
    {
        Directory.CreateDirectory(directory);
        File.WriteAllBytes(Path.Combine(directory, PostsFileName), DemoFileWriter.PostsGzip(Generate()));
        File.WriteAllBytes(Path.Combine(directory, LabelsFileName), DemoFileWriter.LabelsCsv(Scenario));
        File.WriteAllBytes(Path.Combine(directory, WatchlistsFileName), DemoFileWriter.WatchlistsJson(Scenario));
    }

    private DemoRandom Random(int stream) => new(Scenario.Seed, stream);
}
