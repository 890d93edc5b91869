using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>
/// Organic posting on a watched hashtag: many unrelated accounts with uneven activity, their own captions, sounds
/// drawn from a long-tailed pool, and one trending sound that a large share of posts use.
/// </summary>
internal sealed class OrganicBackground
{
    public required string WatchedTag { get; init; }

    public required string TrendingSound { get; init; }

    public int Accounts { get; init; } = 3000;

    public double PostsPerHour { get; init; } = 150;

    public double TrendingShare { get; init; } = 0.4;

    public int SoundPool { get; init; } = 400;

    public IEnumerable<ScenarioPost> Generate(Random random, DateTimeOffset start, TimeSpan duration)
    {
        var text = new TextGenerator(random);
        var count = (int)(duration.TotalHours * PostsPerHour);
        var tags = Enumerable.Range(0, 60).Select(i => $"topic{i}").ToArray();
        for (var i = 0; i < count; i++)
        {
            var at = start + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * duration.TotalSeconds));

            // Activity is long-tailed: low account numbers post far more often.
            var account = $"user{(int)(Accounts * Math.Pow(random.NextDouble(), 2)):D5}";
            var sound = random.NextDouble() < TrendingShare
                ? TrendingSound
                : random.NextDouble() < 0.3 ? null : $"s{(int)(SoundPool * Math.Pow(random.NextDouble(), 3))}";
            var hashtags = new List<string> { WatchedTag };
            for (var t = random.Next(0, 3); t > 0; t--)
                hashtags.Add(tags[(int)(tags.Length * Math.Pow(random.NextDouble(), 2))]);

            var post = new Post
            {
                Platform = "tiktok",
                Source = "scenario",
                PlatformPostId = $"o{i}",
                Url = $"https://www.tiktok.com/@{account}/video/o{i}",
                AuthorKey = account,
                AuthorHandle = account,
                CreatedAt = at,
                ObservedAt = at,
                Text = text.Caption() + " #" + WatchedTag,
                Hashtags = PostNormalizer.Hashtags(hashtags),
                SoundId = sound,
            };
            yield return new ScenarioPost(post, null);
        }
    }
}
