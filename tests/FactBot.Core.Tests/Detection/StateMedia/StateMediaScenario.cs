using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

namespace FactBot.Core.Tests.Detection.StateMedia;

/// <summary>
/// Builds a hashtag's traffic: ordinary accounts at a steady hourly rate, an embassy account posting a few times a
/// day, and then a wave of ordinary accounts and a handful of labelled accounts at times the test chooses.
/// </summary>
internal sealed class StateMediaScenario(Random random, string hashtag)
{
    private string _hashtag = hashtag;

    public static readonly DateTimeOffset Start = new(2024, 5, 6, 0, 0, 0, TimeSpan.Zero);

    private readonly List<ScenarioPost> _posts = [];
    private int _next;

    public IReadOnlyList<ScenarioPost> Posts => _posts;

    public static AccountLabel Label(string handle, LabelCategory category) =>
        new() { Platform = "tiktok", Handle = handle, Category = category, Source = "demo-list" };

    /// <summary>Ordinary posting: 6 to 14 posts an hour by different people, and the embassy at 03:30, 15:30 and 21:30.</summary>
    public StateMediaScenario Background(TimeSpan duration)
    {
        var embassy = Label("bg_embassy", LabelCategory.Diplomat);
        for (var hour = 0; hour < (int)duration.TotalHours; hour++)
        {
            var from = Start + TimeSpan.FromHours(hour);
            Ordinary(from, from + TimeSpan.FromHours(1), random.Next(6, 15));
            if ((hour % 24) is 3 or 15 or 21)
                Labelled(embassy, from + TimeSpan.FromMinutes(30));
        }

        return this;
    }

    /// <summary>Ordinary accounts only, 1 to 4 posts an hour: a quiet target no labelled account has used yet.</summary>
    public StateMediaScenario Unlabelled(TimeSpan duration)
    {
        for (var hour = 0; hour < (int)duration.TotalHours; hour++)
        {
            var from = Start + TimeSpan.FromHours(hour);
            Ordinary(from, from + TimeSpan.FromHours(1), random.Next(1, 5));
        }

        return this;
    }

    /// <summary>Posts added from now on carry <paramref name="tag"/> instead (a second target in the same stream).</summary>
    public StateMediaScenario Tagged(string tag)
    {
        _hashtag = tag;
        return this;
    }

    /// <summary><paramref name="count"/> posts by distinct ordinary accounts spread at random over [from, to).</summary>
    public StateMediaScenario Ordinary(DateTimeOffset from, DateTimeOffset to, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var at = from + TimeSpan.FromSeconds(Math.Floor(random.NextDouble() * (to - from).TotalSeconds));
            Add($"person{random.Next(100_000):D5}", at, null);
        }

        return this;
    }

    public StateMediaScenario Labelled(AccountLabel label, DateTimeOffset at)
    {
        Add(label.Handle, at, label);
        return this;
    }

    private void Add(string author, DateTimeOffset at, AccountLabel? label)
    {
        var id = $"p{_next++}";
        var post = new Post
        {
            Platform = "tiktok",
            Source = "scenario",
            PlatformPostId = id,
            Url = $"https://www.tiktok.com/@{author}/video/{id}",
            AuthorKey = author,
            AuthorHandle = author,
            CreatedAt = at,
            ObservedAt = at,
            Text = "#" + _hashtag,
            Hashtags = [_hashtag],
            AuthorLabel = label,
        };
        _posts.Add(new ScenarioPost(post, null));
    }
}
