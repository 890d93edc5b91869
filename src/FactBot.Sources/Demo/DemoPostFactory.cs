using System.Globalization;
using FactBot.Core.Posts;

namespace FactBot.Sources.Demo;

/// <summary>Turns settled drafts into posts: TikTok-style ids and URLs, engagement counts, sorted by time then id.</summary>
internal sealed class DemoPostFactory(DemoScenario scenario, DemoRandom random)
{
    private readonly HashSet<string> _ids = new(StringComparer.Ordinal);

    public List<Post> Create(IEnumerable<PostDraft> drafts)
    {
        var posts = drafts.Select(Create).ToList();
        posts.Sort((a, b) =>
        {
            var byTime = a.CreatedAt.CompareTo(b.CreatedAt);
            return byTime != 0 ? byTime : string.CompareOrdinal(a.PlatformPostId, b.PlatformPostId);
        });
        return posts;
    }

    private Post Create(PostDraft draft)
    {
        var handle = draft.Author ?? throw new InvalidOperationException($"Demo draft at {draft.At:O} has no author.");
        var id = NewId(draft.At);
        var (views, likes, comments, shares) = Engagement(draft.Kind);
        return new Post
        {
            Platform = scenario.Platform,
            Source = scenario.Source,
            PlatformPostId = id,
            Url = $"https://www.tiktok.com/@{handle}/video/{id}",
            AuthorKey = handle,
            AuthorHandle = handle,
            AuthorDisplayName = draft.AuthorDisplayName,
            CreatedAt = draft.At,
            ObservedAt = draft.At,
            Text = draft.Text,
            Language = "en",
            Hashtags = draft.Hashtags,
            SoundId = draft.Sound?.Id,
            SoundTitle = draft.Sound?.Title,
            RegionCode = draft.Region,
            Views = views,
            Likes = likes,
            Comments = comments,
            Shares = shares,
        };
    }

    /// <summary>Like TikTok's: creation second in the high bits, random low 32 bits, so ids sort by time.</summary>
    private string NewId(DateTimeOffset at)
    {
        while (true)
        {
            var low = ((ulong)(uint)random.Next(1 << 16) << 16) | (uint)random.Next(1 << 16);
            var id = (((ulong)at.ToUnixTimeSeconds()) << 32 | low).ToString(CultureInfo.InvariantCulture);
            if (_ids.Add(id))
                return id;
        }
    }

    /// <summary>Integer-only draws (see <see cref="DemoRandom"/>): most posts are small, a few go far.</summary>
    private (long Views, long Likes, long Comments, long Shares) Engagement(DraftKind kind)
    {
        long views = kind switch
        {
            DraftKind.Coordinated => random.Next(80, 900),
            DraftKind.Labelled => random.Next(5_000, 60_000),
            _ => random.Next(50, 3_000),
        };
        if (kind is DraftKind.Organic or DraftKind.Trend or DraftKind.SurgeOrganic)
        {
            var roll = random.Next(100);
            if (roll < 20)
                views *= 10;
            if (roll < 4)
                views *= 10;
            if (roll < 1)
                views *= 5;
        }

        var likes = views * random.Next(2, 15) / 100;
        var comments = likes * random.Next(1, 10) / 100;
        var shares = likes * random.Next(1, 12) / 100;
        return (views, likes, comments, shares);
    }
}
