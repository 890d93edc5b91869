using System.Text.Json;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Mastodon;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class MastodonStatusMapperTests
{
    private static readonly DateTimeOffset ObservedAt = new(2024, 4, 5, 12, 30, 0, TimeSpan.Zero);

    private static MastodonInstance Instance()
    {
        Assert.True(MastodonInstance.TryParse("social.example", out var instance));
        return instance;
    }

    private static Post MapSample(string file, int index)
    {
        using var document = JsonDocument.Parse(MastodonFake.Sample(file));
        var result = MastodonStatusMapper.Map(document.RootElement[index], Instance(), ObservedAt);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static Result<Post> Map(string json)
    {
        using var document = JsonDocument.Parse(json);
        return MastodonStatusMapper.Map(document.RootElement, Instance(), ObservedAt);
    }

    [Fact]
    public void Map_LocalStatus_IsKeyedByUriWithAcctAtHost()
    {
        var post = MapSample("newest.json", 2);

        Assert.Equal("mastodon", post.Platform);
        Assert.Equal("https://social.example/users/alice/statuses/110000000000000101", post.PlatformPostId);
        Assert.Equal("https://social.example/@alice/110000000000000101", post.Url);
        Assert.Equal("alice@social.example", post.AuthorKey);
        Assert.Equal("alice@social.example", post.AuthorHandle);
        Assert.Equal("Alice", post.AuthorDisplayName);
        Assert.Equal(new DateTimeOffset(2024, 4, 5, 12, 1, 0, TimeSpan.Zero), post.CreatedAt);
        Assert.Equal(ObservedAt, post.ObservedAt);
        Assert.Equal("en", post.Language);
        Assert.Equal("mastodon:social.example", post.Source);
    }

    [Fact]
    public void Map_Content_IsPlainTextAndTagsAreNormalised()
    {
        var post = MapSample("newest.json", 2);

        Assert.Equal("Fact check & context for #donbas:\n\nsee https://news.example/a/very/long/path\nand stay safe", post.Text);
        Assert.Equal(["donbas", "factcheck"], post.Hashtags);
        Assert.Equal((3, 2, 1), (post.Likes, post.Shares, post.Comments));
        Assert.Null(post.Views);
    }

    [Fact]
    public void Map_RemoteAccountWithContentWarning_KeepsItsHostAndLeadsWithTheWarning()
    {
        var post = MapSample("newest.json", 0);

        Assert.Equal("bob@other.example", post.AuthorHandle);
        Assert.Equal("War footage\n\nNeue Videos aus dem #Donbas", post.Text);
        Assert.Equal(["donbas"], post.Hashtags);
    }

    [Fact]
    public void Map_Boost_PointsAtTheBoostedStatusAndCarriesItsTextAndTags()
    {
        var post = MapSample("newest.json", 1);

        Assert.Equal("mastodon:https://other.example/users/bob/statuses/500", post.RepostOfKey);
        Assert.Equal("https://social.example/users/alice/statuses/110000000000000102/activity", post.PlatformPostId);
        Assert.Equal("Boosted #donbas text", post.Text);
        Assert.Equal(["donbas"], post.Hashtags);
        Assert.Equal("alice@social.example", post.AuthorHandle);
        Assert.Equal(post.PlatformPostId, post.Url); // a boost has no url of its own
    }

    [Fact]
    public void Id_StringOrNumber_IsText()
    {
        using var document = JsonDocument.Parse("""[{"id":"110"},{"id":42},{"id":""},{}]""");

        Assert.Equal(["110", "42", null, null], document.RootElement.EnumerateArray().Select(MastodonStatusMapper.Id));
    }

    [Theory]
    [InlineData("""{"id":"1","created_at":"2024-04-05T12:00:00Z","account":{"acct":"a"}}""", "no uri")]
    [InlineData("""{"id":"1","uri":"u","created_at":"2024-04-05T12:00:00Z"}""", "no account")]
    [InlineData("""{"id":"1","uri":"u","created_at":"2024-04-05T12:00:00Z","account":{"acct":""}}""", "no account.acct")]
    [InlineData("""{"id":"1","uri":"u","account":{"acct":"a"}}""", "no created_at")]
    [InlineData("""{"id":"1","uri":"u","created_at":"yesterday","account":{"acct":"a"}}""", "created_at 'yesterday'")]
    [InlineData("""{"id":"1","uri":"u","created_at":"2024-04-05T12:00:00Z","account":{"acct":"a"},"reblog":{"id":"2"}}""", "reblog has no uri")]
    [InlineData("""{"id":"1","uri":7,"created_at":"2024-04-05T12:00:00Z","account":{"acct":"a"}}""", "uri is")]
    public void Map_BrokenStatus_SaysWhatIsMissing(string json, string reason)
    {
        var result = Map(json);

        var error = Assert.IsType<MalformedRecord>(result.Error);
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
