using FactBot.Core.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>
/// A planted coordinated group: its accounts post the same campaign caption (with cosmetic differences) within
/// seconds of each other, several times a day, sometimes with a campaign sound; each member skips some events.
/// </summary>
internal sealed class PlantedNetwork
{
    public required string Name { get; init; }

    public required int Size { get; init; }

    public required string WatchedTag { get; init; }

    public int EventsPerDay { get; init; } = 3;

    public double Participation { get; init; } = 0.85;

    public TimeSpan Spread { get; init; } = TimeSpan.FromSeconds(20);

    public IEnumerable<string> Members => Enumerable.Range(0, Size).Select(i => $"{Name}_acct{i:D2}");

    public IEnumerable<ScenarioPost> Generate(Random random, DateTimeOffset start, TimeSpan duration)
    {
        var text = new TextGenerator(random, 500);
        var members = Members.ToList();
        var events = (int)Math.Round(EventsPerDay * duration.TotalDays);
        for (var e = 0; e < events; e++)
        {
            var at = start + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * (duration.TotalSeconds - 3600)));
            var caption = text.Caption(9, 14);
            var sound = random.NextDouble() < 0.5 ? $"{Name}_sound{e % 2}" : null;
            foreach (var member in members.Where(_ => random.NextDouble() < Participation))
            {
                var postAt = at + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * Spread.TotalSeconds));
                var id = $"{Name}-{e}-{member}";
                var post = new Post
                {
                    Platform = "tiktok",
                    Source = "scenario",
                    PlatformPostId = id,
                    Url = $"https://www.tiktok.com/@{member}/video/{id}",
                    AuthorKey = member,
                    AuthorHandle = member,
                    CreatedAt = postAt,
                    ObservedAt = postAt,
                    Text = text.Cosmetic(caption) + " #" + WatchedTag + " #" + Name,
                    Hashtags = [WatchedTag, Name.ToLowerInvariant()],
                    SoundId = sound,
                };
                yield return new ScenarioPost(post, Name);
            }
        }
    }
}
