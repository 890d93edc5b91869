using FactBot.Core.Posts;

namespace FactBot.TestKit.Posts;

/// <summary>Test posts with sensible defaults; every id is unique unless set.</summary>
public static class PostBuilder
{
    private static long _next;

    public static readonly DateTimeOffset Epoch = new(2022, 3, 1, 0, 0, 0, TimeSpan.Zero);

    public static Post Create(
        string? id = null,
        string author = "someone",
        DateTimeOffset? at = null,
        string text = "",
        IReadOnlyList<string>? hashtags = null,
        string? sound = null,
        string platform = "tiktok") =>
        new()
        {
            Platform = platform,
            Source = "test",
            PlatformPostId = id ?? Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture),
            AuthorKey = author,
            AuthorHandle = author,
            CreatedAt = at ?? Epoch,
            ObservedAt = at ?? Epoch,
            Text = text,
            Hashtags = hashtags ?? [],
            SoundId = sound,
        };
}
