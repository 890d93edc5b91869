using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Detection.StateMedia;

/// <summary>
/// A random week on three hashtags for comparing state-media detectors: a busy target with labelled accounts posting
/// now and then, a quiet one they rarely use and a near-silent one they ignore for days; random waves where labelled
/// accounts come before or after a crowd; times to the tick (some labelled posts at the very tick of an ordinary one);
/// posts arriving out of order, labelled ones within <see cref="MaxLabelledDelay"/>, ordinary ones up to hours late.
/// </summary>
internal sealed class RandomStateMediaStream
{
    public static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);
    public static readonly TimeSpan MaxLabelledDelay = TimeSpan.FromMinutes(10);
    public static readonly string[] Hashtags = ["busy", "quiet", "silent"];
    public const int Days = 6;

    private static readonly AccountLabel[] Labels =
    [
        StateMediaScenario.Label("statewire", LabelCategory.StateControlled),
        StateMediaScenario.Label("mirror", LabelCategory.StateControlled),
        StateMediaScenario.Label("embassy", LabelCategory.Diplomat),
        StateMediaScenario.Label("ministry", LabelCategory.Government),
        StateMediaScenario.Label("public_tv", LabelCategory.StateFundedIndependent),
    ];

    private readonly Random _random;
    private readonly List<(Post Post, DateTimeOffset Arrives)> _posts = [];
    private int _next;

    public RandomStateMediaStream(int seed)
    {
        _random = new Random(seed);
        Background();
        for (var wave = 0; wave < 3 + _random.Next(5); wave++)
            Wave();
    }

    /// <summary>The posts in arrival order, each with when it arrives.</summary>
    public IEnumerable<(Post Post, DateTimeOffset Arrives)> Arrivals => _posts.OrderBy(p => p.Arrives).ThenBy(p => p.Post.Key, StringComparer.Ordinal);

    public static DateTimeOffset End => Start + TimeSpan.FromDays(Days);

    private void Background()
    {
        double[] rates = [25, 3, 0.4];
        double[] labelledPerHour = [0.4, 0.05, 0];
        for (var hour = 0; hour < Days * 24; hour++)
        {
            var from = Start + TimeSpan.FromHours(hour);
            for (var t = 0; t < Hashtags.Length; t++)
            {
                var daily = 0.5 + Math.Sin(Math.PI * (hour % 24) / 24);
                for (var i = Poisson(rates[t] * daily); i > 0; i--)
                    Ordinary(Hashtags[t], from + Random(TimeSpan.FromHours(1)));
                if (_random.NextDouble() < labelledPerHour[t])
                    Labelled(Hashtags[t], from + Random(TimeSpan.FromHours(1)));
            }
        }
    }

    // Labelled accounts flood a target over one to three hours; a crowd rises before, during or after them.
    private void Wave()
    {
        var tag = Hashtags[_random.Next(Hashtags.Length)];
        var at = Start + TimeSpan.FromHours((24 * 2) + _random.Next(24 * (Days - 3)));
        var span = TimeSpan.FromHours(1 + _random.Next(3));
        for (var i = 0; i < 4 + _random.Next(12); i++)
            Labelled(tag, at + Random(span), sameTickAsOrdinary: _random.NextDouble() < 0.2);

        // The crowd, sometimes with labelled posts in its first minutes (the same sub-slot as its first post).
        var crowd = at + TimeSpan.FromMinutes(_random.Next(-120, 150));
        for (var i = 0; i < 50 + _random.Next(300); i++)
            Ordinary(tag, crowd + Random(TimeSpan.FromMinutes(30 + _random.Next(90))));
        for (var i = _random.Next(3); i > 0; i--)
            Labelled(tag, crowd + Random(TimeSpan.FromMinutes(3)));
    }

    private void Ordinary(string tag, DateTimeOffset at)
    {
        // Some ordinary posts also carry another watched hashtag; some arrive hours late.
        var tags = _random.NextDouble() < 0.1 ? new[] { tag, Hashtags[_random.Next(Hashtags.Length)] }.Distinct().ToArray() : [tag];
        var delay = _random.NextDouble() < 0.1 ? Random(TimeSpan.FromHours(3)) : Random(MaxLabelledDelay);
        Add($"person{_random.Next(5_000)}", at, null, tags, delay);
    }

    private void Labelled(string tag, DateTimeOffset at, bool sameTickAsOrdinary = false)
    {
        var label = Labels[_random.Next(Labels.Length)];
        Add(label.Handle, at, label, [tag], Random(MaxLabelledDelay));
        if (sameTickAsOrdinary)
            Add($"person{_random.Next(5_000)}", at, null, [tag], Random(MaxLabelledDelay));
    }

    private void Add(string author, DateTimeOffset at, AccountLabel? label, string[] tags, TimeSpan delay)
    {
        var id = $"p{_next++}";
        var post = new Post
        {
            Platform = "tiktok",
            Source = "random",
            PlatformPostId = id,
            Url = _next % 7 == 0 ? null : $"https://www.tiktok.com/@{author}/video/{id}",
            AuthorKey = author,
            AuthorHandle = author,
            CreatedAt = at,
            ObservedAt = at,
            Text = string.Join(' ', tags.Select(t => "#" + t)),
            Hashtags = tags,
            AuthorLabel = label,
        };
        _posts.Add((post, at + delay));
    }

    private TimeSpan Random(TimeSpan span) => TimeSpan.FromTicks(_random.NextInt64(span.Ticks));

    private int Poisson(double mean)
    {
        var (limit, product, count) = (Math.Exp(-mean), _random.NextDouble(), 0);
        while (product > limit)
        {
            product *= _random.NextDouble();
            count++;
        }

        return count;
    }
}
