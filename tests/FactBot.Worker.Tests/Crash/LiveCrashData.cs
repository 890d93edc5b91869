using FactBot.Core.Posts;
using FactBot.Sources.Import;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Crash;

/// <summary>
/// Data whose alerts do not depend on when the live worker's bin-close job runs between its commits, so an
/// uninterrupted run and a killed one can be compared although both run on the real clock.
/// </summary>
/// <remarks>
/// Every post is hours old: the volume bins they fall in were judged at the first start, so they are history, never
/// a surge. What alerts is coordination, which depends only on post times and store order: each source has three
/// "light" pairs (two accounts posting the same caption seconds apart, once) and then two "groups" (two accounts
/// doing it twice). A group's edge reaches the minimum weight of 2 only with its last post, so whenever a bin-close
/// sees it, it is whole; and in any interleaving of the two sources there are more light edges than heavy ones, so the
/// weight quantile stays 1 and no group ever drops out and comes back. Every event has its own 3-minute slot, and every
/// caption its own words, so nothing co-shares by accident.
/// </remarks>
internal sealed class LiveCrashData
{
    public const string Hashtag = "crashnet";
    public const int Groups = 4;

    private static readonly string[] Words =
    [
        "amber", "basalt", "cobalt", "dune", "ember", "fjord", "garnet", "harbor", "indigo", "juniper", "kelp", "lagoon",
        "mesa", "nectar", "onyx", "prairie", "quartz", "reef", "sierra", "tundra", "umber", "violet", "willow", "yarrow",
    ];

    public LiveCrashData(DateTimeOffset now)
    {
        var start = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero).AddHours(-5);
        var slot = 0;
        DateTimeOffset Next() => start.AddMinutes(3 * slot++);

        // Watch folder: the light pairs in one file, each group in a file of its own.
        Files =
        [
            [.. Light("f", Next, 3).SelectMany(e => FilePosts(e))],
            [.. Group("f", 1, Next).SelectMany(e => FilePosts(e))],
            [.. Group("f", 2, Next).SelectMany(e => FilePosts(e))],
        ];

        slot += 5;
        var events = Light("m", Next, 3).Concat(Group("m", 1, Next)).Concat(Group("m", 2, Next)).ToList();
        Statuses = [.. events.SelectMany(e => new[] { (e.First, e.At), (e.Second, e.At.AddSeconds(5)) }.Select(p => (p, e.Caption)))
            .Select((x, i) => Status(i + 1, x.p.Item1, x.p.Item2, x.Caption))];
        Posts = Files.Sum(f => f.Count) + Statuses.Count;
    }

    /// <summary>The watch-folder files, in the order they are dropped.</summary>
    public IReadOnlyList<IReadOnlyList<Post>> Files { get; }

    /// <summary>The Mastodon statuses (JSON), oldest first, ids 1…n.</summary>
    public IReadOnlyList<string> Statuses { get; }

    /// <summary>How many distinct posts the two sources hold together.</summary>
    public int Posts { get; }

    public static string Jsonl(IEnumerable<Post> posts) => string.Concat(posts.Select(p => PostJsonl.Serialize(p) + "\n"));

    private static IEnumerable<Event> Light(string source, Func<DateTimeOffset> next, int count) =>
        Enumerable.Range(1, count).Select(i => new Event($"{source}light{i}a", $"{source}light{i}b", next(), Caption(source, 10 + i)));

    private static IEnumerable<Event> Group(string source, int group, Func<DateTimeOffset> next) =>
        Enumerable.Range(1, 2).Select(i => new Event($"{source}net{group}a", $"{source}net{group}b", next(), Caption(source, (group * 2) + i)));

    // Five words picked by the caption's number, so no two captions share a near-identical text.
    private static string Caption(string source, int n) =>
        string.Join(" ", Enumerable.Range(0, 5).Select(k => Words[((n * 7) + (k * 5) + (source == "m" ? 3 : 0)) % Words.Length]))
        + $" {source}{n}";

    private static IEnumerable<Post> FilePosts(Event e) =>
    [
        FilePost(e.First, e.At, e.Caption),
        FilePost(e.Second, e.At.AddSeconds(5), e.Caption),
    ];

    private static Post FilePost(string author, DateTimeOffset at, string caption) => new()
    {
        Platform = "tiktok",
        Source = "crash-test",
        PlatformPostId = $"{author}-{at.ToUnixTimeSeconds()}",
        AuthorKey = author,
        AuthorHandle = author,
        CreatedAt = at,
        ObservedAt = at,
        Text = caption,
        Hashtags = [Hashtag],
    };

    private static string Status(int id, string author, DateTimeOffset at, string caption) =>
        MastodonStatus.Json(id, author, at, caption, Hashtag, "crash.example");

    private sealed record Event(string First, string Second, DateTimeOffset At, string Caption);
}
