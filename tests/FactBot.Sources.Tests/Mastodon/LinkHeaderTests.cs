using FactBot.Sources.Mastodon;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class LinkHeaderTests
{
    private static readonly Uri Request = new("https://social.example/api/v1/timelines/tag/donbas?limit=40");

    [Fact]
    public void Find_MastodonPagingHeader_ReturnsEachRel()
    {
        string[] header =
        [
            "<https://social.example/api/v1/timelines/tag/donbas?limit=40&max_id=101>; rel=\"next\", "
            + "<https://social.example/api/v1/timelines/tag/donbas?limit=40&min_id=103>; rel=\"prev\"",
        ];

        Assert.Equal("https://social.example/api/v1/timelines/tag/donbas?limit=40&min_id=103", LinkHeader.Find(header, "prev", Request)?.AbsoluteUri);
        Assert.Equal("https://social.example/api/v1/timelines/tag/donbas?limit=40&max_id=101", LinkHeader.Find(header, "next", Request)?.AbsoluteUri);
    }

    [Fact]
    public void Find_RelativeTarget_ResolvesAgainstTheRequest()
    {
        Assert.Equal(
            "https://social.example/api/v1/timelines/tag/donbas?min_id=7",
            LinkHeader.Find(["</api/v1/timelines/tag/donbas?min_id=7>; rel=prev"], "prev", Request)?.AbsoluteUri);
    }

    [Fact]
    public void Find_SeveralRelValuesAndQuotedCommas_AreUnderstood()
    {
        string[] header = ["<https://a.example/x>; title=\"a, b\"; rel=\"prev previous\", <https://a.example/y>; rel=\"next\""];

        Assert.Equal("https://a.example/x", LinkHeader.Find(header, "prev", Request)?.AbsoluteUri);
        Assert.Equal("https://a.example/y", LinkHeader.Find(header, "next", Request)?.AbsoluteUri);
    }

    [Fact]
    public void Find_NoSuchRel_IsNull()
    {
        Assert.Null(LinkHeader.Find(["<https://a.example/y>; rel=\"next\""], "prev", Request));
        Assert.Null(LinkHeader.Find(["garbage"], "prev", Request));
    }
}
