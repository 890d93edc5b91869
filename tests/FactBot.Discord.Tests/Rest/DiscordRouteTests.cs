using FactBot.Discord.Rest;

namespace FactBot.Discord.Tests.Rest;

public sealed class DiscordRouteTests
{
    [Fact]
    public void Key_MessageEdit_KeepsTheChannelAndReplacesTheMessageId()
    {
        var sut = new DiscordRoute(HttpMethod.Patch, "channels/123/messages/456");

        Assert.Equal("PATCH channels/123/messages/{id}", sut.Key);
        Assert.Equal("123", sut.Major);
        Assert.True(sut.UsesBotToken);
    }

    [Fact]
    public void Key_WebhookWithToken_NeverShowsTheToken()
    {
        var sut = new DiscordRoute(HttpMethod.Patch, "webhooks/42/very-secret-token/messages/@original");

        Assert.DoesNotContain("very-secret-token", sut.Key, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-token", sut.Display, StringComparison.Ordinal);
        Assert.DoesNotContain("very-secret-token", sut.Major, StringComparison.Ordinal);
        Assert.False(sut.UsesBotToken);
    }

    [Fact]
    public void Major_TwoInteractionTokens_AreDifferentBuckets()
    {
        var one = new DiscordRoute(HttpMethod.Post, "interactions/1/token-one/callback");
        var two = new DiscordRoute(HttpMethod.Post, "interactions/1/token-two/callback");

        Assert.NotEqual(one.Major, two.Major);
        Assert.False(one.UsesBotToken);
    }
}
