namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// The planted events on top of the organic background: volume surges on six targets of very different popularity,
/// state-media floods on three, and coordinated groups that post the same sound, hashtag and caption within seconds.
/// </summary>
internal static class PlantedEvents
{
    public const int SurgeHours = 3;
    public const int SurgePostsPerHour = 250;
    public const int FloodPostsPerHour = 30;
    public const int FloodAccounts = 6;
    private const double BurstSeconds = 45;

    // Popularity ranks (0 = busiest) of the targets that surge or are flooded, and the hour of the last day they start.
    public static readonly (bool Sound, int Rank, int Hour)[] Surges =
        [(false, 40, 10), (false, 300, 12), (false, 1500, 14), (false, 4000, 16), (true, 60, 18), (true, 800, 20)];

    public static readonly (int Rank, int Hour)[] Floods = [(100, 9), (900, 13), (2500, 17)];

    public static List<PlantedPost> Create(StreamScenario s, Random random)
    {
        var posts = new List<PlantedPost>();
        var lastDay = s.Start.AddDays(s.Days - 1);
        foreach (var (isSound, rank, hour) in Surges)
        {
            var tags = isSound ? new[] { s.Hashtags[random.Next(s.Hashtags.Count)] } : [s.Hashtags[rank]];
            var sound = isSound ? s.Sounds[rank] : null;
            for (var i = 0; i < SurgeHours * SurgePostsPerHour; i++)
            {
                var at = lastDay.AddHours(hour).AddSeconds(random.NextDouble() * SurgeHours * 3600);
                posts.Add(new(PlantKind.Surge, at, StreamScenario.Author(random.Next(StreamScenario.Authors)), -1, tags, sound, Caption(s, random, 8)));
            }
        }

        foreach (var (rank, hour) in Floods)
        {
            var accounts = Enumerable.Range(0, FloodAccounts).Select(_ => random.Next(StreamScenario.LabelledAccounts)).Distinct().ToArray();
            for (var i = 0; i < SurgeHours * FloodPostsPerHour; i++)
            {
                var at = lastDay.AddHours(hour).AddSeconds(random.NextDouble() * SurgeHours * 3600);
                var label = accounts[i % accounts.Length];
                posts.Add(new(PlantKind.StateMedia, at, StreamScenario.LabelledHandle(label), label, [s.Hashtags[rank]], null, Caption(s, random, 9)));
            }
        }

        for (var g = 0; g < StreamScenario.Groups; g++)
        {
            var members = Enumerable.Range(0, StreamScenario.GroupSize).Select(k => GroupMember(g, k)).ToArray();
            var tags = new[] { s.Hashtags[2000 + (g * 100)] };
            var sound = s.Sounds[1000 + (g * 50)];
            var caption = Caption(s, random, 10);
            for (var b = 0; b < StreamScenario.BurstsPerGroup; b++)
            {
                var burst = s.Start.AddDays(1).AddSeconds(random.NextDouble() * (s.Days - 1.2) * 86_400);
                foreach (var (author, label) in members)
                    posts.Add(new(PlantKind.Coordinated, burst.AddSeconds(random.NextDouble() * BurstSeconds), author, label, tags, sound, caption));
            }
        }

        posts.Sort((a, b) => a.At.CompareTo(b.At));
        return posts;
    }

    // Group 0 has two labelled members, so one coordination alert also names state media.
    private static (string Author, int Label) GroupMember(int group, int member) => group == 0 && member < 2
        ? (StreamScenario.LabelledHandle(390 + member), 390 + member)
        : ($"crew{group:D2}_{member}", -1);

    private static string Caption(StreamScenario s, Random random, int words) =>
        string.Join(' ', Enumerable.Range(0, words).Select(_ => s.Vocabulary[random.Next(s.Vocabulary.Count)]));
}
