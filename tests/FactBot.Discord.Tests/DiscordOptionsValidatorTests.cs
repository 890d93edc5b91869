namespace FactBot.Discord.Tests;

public sealed class DiscordOptionsValidatorTests
{
    private static readonly DiscordOptionsValidator Sut = new();

    [Fact]
    public void Validate_Defaults_Succeeds()
    {
        Assert.True(Sut.Validate(null, new DiscordOptions { Token = "t" }).Succeeded);
    }

    [Fact]
    public void Validate_EndpointWithoutPublicKey_NamesTheSetting()
    {
        var options = new DiscordOptions { Token = "t", ApplicationId = "1", InteractionsEndpoint = new DiscordEndpointOptions { Enabled = true } };

        var result = Sut.Validate(null, options);

        Assert.Contains("Discord:PublicKey", result.FailureMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("ftp://discord.com/api")]
    public void Validate_ApiBaseUrlNotHttp_Fails(string url)
    {
        Assert.Contains("Discord:ApiBaseUrl", Sut.Validate(null, new DiscordOptions { Token = "t", ApiBaseUrl = url }).FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_GuildIdNotASnowflake_Fails()
    {
        var result = Sut.Validate(null, new DiscordOptions { Token = "t", GuildIds = ["123", "my-server"] });

        Assert.Contains("my-server", result.FailureMessage, StringComparison.Ordinal);
    }
}
