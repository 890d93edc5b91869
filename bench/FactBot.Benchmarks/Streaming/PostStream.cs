using System.Globalization;
using System.Text;
using FactBot.Core.Posts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// The generated stream, minute by minute and in time order, never held in memory: organic background posts at a
/// daily rhythm (quiet at night, peak in the evening) merged with the scenario's planted posts, exactly
/// <c>total</c> posts in all. Background: one watched hashtag by Zipf-like popularity (30% a second one, 40% a
/// filler tag), 80% a sound (70% of those watched), a caption of 5–14 words from a 3,000-word vocabulary, 1.5% by
/// labelled accounts, and 8% matching no watched target at all.
/// </summary>
internal sealed class PostStream(StreamScenario scenario, int total, int seed)
{
    private static readonly string[] Fillers = ["fyp", "foryou", "viral", "trending", "foryoupage"];
    private readonly Random _random = new(seed);
    private readonly ZipfTable _hashtags = new(scenario.Hashtags.Count);
    private readonly ZipfTable _sounds = new(scenario.Sounds.Count);
    private readonly StringBuilder _text = new(160);
    private long _id;

    public IEnumerable<Post> Posts()
    {
        var minutes = scenario.Days * 1440;
        var weights = Enumerable.Range(0, minutes).Select(Weight).ToArray();
        var background = total - scenario.Events.Count;
        var scale = background / weights.Sum();
        var cumulative = 0.0;
        var planted = 0;
        var offsets = new List<(double Second, PlantedPost? Planted)>();
        for (var m = 0; m < minutes; m++)
        {
            // Rounding the running total (not each minute) makes the minutes add up to exactly the total.
            var before = (long)Math.Round(cumulative * scale);
            cumulative += weights[m];
            var count = (m == minutes - 1 ? background : (long)Math.Round(cumulative * scale)) - before;
            var minute = scenario.Start.AddMinutes(m);
            offsets.Clear();
            for (var i = 0; i < count; i++)
                offsets.Add((_random.NextDouble() * 60, null));
            var end = minute.AddMinutes(1);
            while (planted < scenario.Events.Count && scenario.Events[planted].At < end)
            {
                var p = scenario.Events[planted++];
                offsets.Add(((p.At - minute).TotalSeconds, p));
            }

            offsets.Sort((a, b) => a.Second.CompareTo(b.Second));
            foreach (var (second, p) in offsets)
            {
                var at = minute.AddTicks((long)(second * TimeSpan.TicksPerSecond));
                yield return p is null ? Background(at) : Planted(p, at);
            }
        }
    }

    // Daily cycle peaking at 19:00 UTC (×1.6) with a trough at 07:00 (×0.4); weekends ×1.1.
    private double Weight(int minute)
    {
        var at = scenario.Start.AddMinutes(minute);
        var hour = at.Hour + (at.Minute / 60.0);
        var weekend = at.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 1.1 : 1.0;
        return (1 + (0.6 * Math.Cos(2 * Math.PI * (hour - 19) / 24))) * weekend;
    }

    private Post Background(DateTimeOffset at)
    {
        var r = _random;
        var tags = new List<string>(3);
        string? sound = null;
        if (r.NextDouble() >= 0.08)
        {
            tags.Add(scenario.Hashtags[_hashtags.Draw(r)]);
            if (r.NextDouble() < 0.3 && scenario.Hashtags[_hashtags.Draw(r)] is var second && !tags.Contains(second))
                tags.Add(second);
            if (r.NextDouble() < 0.8)
                sound = r.NextDouble() < 0.7 ? scenario.Sounds[_sounds.Draw(r)] : Unwatched(r);
        }
        else if (r.NextDouble() < 0.5)
            sound = Unwatched(r);

        if (r.NextDouble() < 0.4)
            tags.Add(Fillers[r.Next(Fillers.Length)]);

        var labelled = r.NextDouble() < 0.015 ? r.Next(StreamScenario.LabelledAccounts) : -1;
        // Activity is skewed: u² puts a few accounts in many posts and most in a handful.
        var author = labelled >= 0 ? StreamScenario.LabelledHandle(labelled) : StreamScenario.Author((int)(StreamScenario.Authors * r.NextDouble() * r.NextDouble()));
        _text.Clear();
        var words = 5 + r.Next(10);
        for (var i = 0; i < words; i++)
            _text.Append(i == 0 ? "" : " ").Append(scenario.Vocabulary[r.Next(scenario.Vocabulary.Count)]);
        return Make(at, author, tags, sound, _text.ToString());
    }

    private Post Planted(PlantedPost p, DateTimeOffset at) => Make(at, p.Author, [.. p.Hashtags], p.Sound, p.Caption);

    private Post Make(DateTimeOffset at, string author, List<string> tags, string? sound, string caption)
    {
        var id = (++_id + 7_300_000_000_000_000_000).ToString(CultureInfo.InvariantCulture);
        foreach (var tag in tags)
            caption += " #" + tag;
        // No AuthorLabel: labels are joined at ingest (LabelIndex.Join), as the pipeline does.
        return new Post
        {
            Platform = "tiktok",
            Source = "bench",
            PlatformPostId = id,
            Url = $"https://www.tiktok.com/@{author}/video/{id}",
            AuthorKey = author,
            AuthorHandle = author,
            CreatedAt = at,
            ObservedAt = at,
            Text = caption,
            Hashtags = tags,
            SoundId = sound,
        };
    }

    private static string Unwatched(Random r) => (6_900_000_000_000_000_000 + r.Next(50_000)).ToString(CultureInfo.InvariantCulture);
}
