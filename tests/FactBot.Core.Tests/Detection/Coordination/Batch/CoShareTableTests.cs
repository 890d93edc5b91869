using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Posts;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class CoShareTableTests
{
    [Fact]
    public void FromPosts_ObjectKey_UsesPostKeyAuthorAndUnixSecondsAndSkipsNulls()
    {
        var at = new DateTimeOffset(2024, 5, 1, 12, 0, 0, 900, TimeSpan.Zero);
        Post[] posts =
        [
            PostBuilder.Create(id: "1", author: "ann", at: at, sound: "s1"),
            PostBuilder.Create(id: "2", author: "bob", at: at.AddSeconds(3)),
            PostBuilder.Create(id: "3", author: "cid", at: at.AddSeconds(5), sound: "s1"),
        ];

        var sut = CoShareTable.FromPosts(posts, p => p.SoundId is null ? null : "sound:" + p.SoundId);

        Assert.Equal(2, sut.Count);
        Assert.Equal(new CoShareRow("sound:s1", "ann", "tiktok:1", at.ToUnixTimeSeconds()), sut[0]);
        Assert.Equal(new CoShareRow("sound:s1", "cid", "tiktok:3", at.ToUnixTimeSeconds() + 5), sut[1]);
    }

    [Fact]
    public void FromPosts_AccountKey_ReplacesAuthorKey()
    {
        Post[] posts = [PostBuilder.Create(id: "1", author: "ann", platform: "mastodon")];

        var sut = CoShareTable.FromPosts(posts, _ => "obj", p => PostKey.Of(p.Platform, p.AuthorKey));

        Assert.Equal("mastodon:ann", sut[0].AccountId);
    }

    [Fact]
    public void FromPosts_SharedSoundWithinWindow_IsDetected()
    {
        var at = PostBuilder.Epoch;
        Post[] posts =
        [
            PostBuilder.Create(id: "1", author: "ann", at: at, sound: "s1"),
            PostBuilder.Create(id: "2", author: "bob", at: at.AddSeconds(4), sound: "s1"),
        ];
        var parameters = new BatchCoordinationParameters { MinParticipation = 1 };

        var sut = CoShareDetector.DetectGroups(CoShareTable.FromPosts(posts, p => p.SoundId), parameters);

        Assert.Equal(new CoSharePair("s1", "tiktok:1", "tiktok:2", 4, "ann", "bob"), Assert.Single(sut));
    }

    [Fact]
    public void FromRows_Rows_KeepsOrderAndValues()
    {
        CoShareRow[] rows = [new("o", "a", "c1", 3), new("o", "b", "c2", 1), new("p", "a", "c3", 2)];

        var sut = CoShareTable.FromRows(rows);

        Assert.Equal(rows, Enumerable.Range(0, sut.Count).Select(i => sut[i]));
        Assert.Equal([0, 1, 0], sut.AccountIds.ToArray());
    }
}
