using System.Globalization;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Watchlists;

namespace FactBot.Benchmarks.Commands;

/// <summary>
/// A seeded, hour-ordered stream of TikTok-like posts over many targets. Popularity is Zipf-like (1/(rank+10)), so a
/// few targets are busy and most are quiet; posts follow a daily rhythm; 15% carry a second hashtag; a few hundred
/// state-media-labelled accounts write about 2% of the posts.
/// </summary>
internal sealed class SyntheticCorpus
{
    public const int LabelledAccounts = 500;
    public const int Watchlists = 10;
    private const int Authors = 100_000;
    private const double LabelledShare = 0.02;
    private const double SecondTagShare = 0.15;
    private static readonly string[] Words = ["convoy", "border", "news", "today", "watch", "truth", "video", "live", "city", "army", "peace", "people"];

    private readonly Random _random;
    private readonly double[] _cumulative;
    private readonly AccountLabel[] _labels;

    public SyntheticCorpus(int targets, int seed)
    {
        _random = new Random(seed);
        Targets = [.. Enumerable.Range(0, targets).Select(TargetAt)];
        _cumulative = new double[targets];
        var sum = 0.0;
        for (var i = 0; i < targets; i++)
            _cumulative[i] = sum += 1.0 / (i + 10);
        for (var i = 0; i < targets; i++)
            _cumulative[i] /= sum;
        _labels = [.. Enumerable.Range(0, LabelledAccounts).Select(i => new AccountLabel
        {
            Platform = "tiktok",
            Handle = LabelledHandle(i),
            Category = i % 10 == 0 ? LabelCategory.Government : LabelCategory.StateControlled,
            Country = i % 3 == 0 ? "CN" : "RU",
            Source = "bench-list@1",
            EvidenceUrl = $"https://example.org/state-media/{LabelledHandle(i)}",
        })];
    }

    /// <summary>Targets, most popular first: 4 of 5 hashtags, 1 of 5 sounds.</summary>
    public IReadOnlyList<WatchTarget> Targets { get; }

    public IReadOnlyList<AccountLabel> Labels => _labels;

    public static string LabelledHandle(int i) => "state_media_" + i.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>Targets are spread over <see cref="Watchlists"/> watchlists by index.</summary>
    public static string WatchlistOf(int targetIndex) => "bench" + (targetIndex % Watchlists).ToString(CultureInfo.InvariantCulture);

    public static string Author(int i) => "user" + i.ToString("D6", CultureInfo.InvariantCulture);

    /// <summary>Posts hour by hour from <paramref name="start"/>, <paramref name="total"/> in all, oldest first.</summary>
    public IEnumerable<Post> Posts(DateTimeOffset start, int days, int total)
    {
        var hours = days * 24;
        var weights = Enumerable.Range(0, hours).Select(h => 1 + (0.6 * Math.Sin(2 * Math.PI * ((h % 24) - 9) / 24))).ToArray();
        var scale = total / weights.Sum();
        var id = 0L;
        var cumulative = 0.0;
        for (var h = 0; h < hours; h++)
        {
            // Rounding the running total (not each hour) makes the hours add up to exactly the total.
            var before = (long)Math.Round(cumulative * scale);
            cumulative += weights[h];
            var count = (int)((h == hours - 1 ? total : (long)Math.Round(cumulative * scale)) - before);
            var offsets = Enumerable.Range(0, count).Select(_ => _random.NextDouble() * 3600).Order().ToList();
            foreach (var offset in offsets)
                yield return Post(++id, start.AddHours(h).AddSeconds(offset));
        }
    }

    /// <summary>A target drawn by popularity (index into <see cref="Targets"/>).</summary>
    public int DrawTarget()
    {
        var index = Array.BinarySearch(_cumulative, _random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }

    private Post Post(long id, DateTimeOffset at)
    {
        var target = Targets[DrawTarget()];
        var hashtags = new List<string>(2);
        string? sound = null;
        if (target.Kind == TargetKind.Sound)
            sound = target.Value;
        else
            hashtags.Add(target.Value);
        if (_random.NextDouble() < SecondTagShare && Targets[DrawTarget()] is { Kind: TargetKind.Hashtag } second && !hashtags.Contains(second.Value))
            hashtags.Add(second.Value);

        var labelled = _random.NextDouble() < LabelledShare;
        var author = labelled ? LabelledHandle(_random.Next(LabelledAccounts)) : Author(_random.Next(Authors));
        var postId = id.ToString(CultureInfo.InvariantCulture);
        return new Post
        {
            Platform = "tiktok",
            Source = "bench",
            PlatformPostId = postId,
            Url = $"https://www.tiktok.com/@{author}/video/{postId}",
            AuthorKey = author,
            AuthorHandle = author,
            CreatedAt = at,
            ObservedAt = at,
            Text = string.Join(' ', Enumerable.Range(0, 8 + _random.Next(10)).Select(_ => Words[_random.Next(Words.Length)]))
                + string.Concat(hashtags.Select(t => " #" + t)),
            Hashtags = hashtags,
            SoundId = sound,
            AuthorLabel = labelled ? _labels[int.Parse(author.AsSpan("state_media_".Length), CultureInfo.InvariantCulture)] : null,
        };
    }

    private static WatchTarget TargetAt(int i) => i % 5 == 4
        ? new WatchTarget(TargetKind.Sound, (7_000_000_000_000_000_000 + i).ToString(CultureInfo.InvariantCulture))
        : new WatchTarget(TargetKind.Hashtag, "topic" + i.ToString("D5", CultureInfo.InvariantCulture));
}
