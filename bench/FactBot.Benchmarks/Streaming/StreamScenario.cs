using System.Globalization;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// The fixed cast of the generated stream: 10,000 watched targets (3 hashtags to 1 sound, Zipf-like popularity),
/// ordinary and state-media-labelled accounts, a vocabulary for captions, and the planted events (volume surges,
/// state-media floods, coordinated groups) with their times. Everything derives from the seed.
/// </summary>
internal sealed class StreamScenario
{
    public const int TargetCount = 10_000;
    public const int Authors = 250_000;
    public const int LabelledAccounts = 400;
    public const int Groups = 12;
    public const int GroupSize = 8;
    public const int BurstsPerGroup = 10;
    public const string Watchlist = "bench";
    private const int VocabularySize = 3_000;
    private static readonly string[] Syllables = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "do", "gu", "he", "ji", "bo", "fa"];

    public StreamScenario(DateTimeOffset start, int days, int seed)
    {
        Start = start;
        Days = days;
        var random = new Random(seed);
        Hashtags = [.. Enumerable.Range(0, TargetCount * 3 / 4).Select(i => "topic" + i.ToString("D5", CultureInfo.InvariantCulture))];
        Sounds = [.. Enumerable.Range(0, TargetCount / 4).Select(i => (7_100_000_000_000_000_000 + (i * 7919L)).ToString(CultureInfo.InvariantCulture))];
        Vocabulary = [.. Enumerable.Range(0, VocabularySize).Select(_ => Word(random))];
        Labels = [.. Enumerable.Range(0, LabelledAccounts).Select(i => new AccountLabel
        {
            Platform = "tiktok",
            Handle = LabelledHandle(i),
            Category = i % 10 == 0 ? LabelCategory.Government : LabelCategory.StateControlled,
            Country = i % 3 == 0 ? "CN" : "RU",
            Source = "bench-list@1",
            EvidenceUrl = "https://example.org/state-media/" + LabelledHandle(i),
        })];
        Events = PlantedEvents.Create(this, random);
    }

    public DateTimeOffset Start { get; }

    public int Days { get; }

    public DateTimeOffset End => Start.AddDays(Days);

    /// <summary>Watched hashtags, most popular first.</summary>
    public IReadOnlyList<string> Hashtags { get; }

    /// <summary>Watched sound ids, most popular first.</summary>
    public IReadOnlyList<string> Sounds { get; }

    public IReadOnlyList<string> Vocabulary { get; }

    public IReadOnlyList<AccountLabel> Labels { get; }

    /// <summary>The planted posts, in time order (a few thousand; the background is generated on the fly).</summary>
    public IReadOnlyList<PlantedPost> Events { get; }

    public IEnumerable<WatchTarget> Targets =>
        Hashtags.Select(h => new WatchTarget(TargetKind.Hashtag, h)).Concat(Sounds.Select(s => new WatchTarget(TargetKind.Sound, s)));

    public static string LabelledHandle(int i) => "state_media_" + i.ToString("D3", CultureInfo.InvariantCulture);

    public static string Author(int i) => "user" + i.ToString("D6", CultureInfo.InvariantCulture);

    private static string Word(Random random)
    {
        var syllables = 2 + random.Next(3);
        return string.Concat(Enumerable.Range(0, syllables).Select(_ => Syllables[random.Next(Syllables.Length)]));
    }
}
