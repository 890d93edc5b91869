using FactBot.Core.Results;
using FactBot.Sources.Tests.TikTok.Support;

namespace FactBot.Sources.Tests.TikTok.Api;

public sealed class TikTokTokenProviderTests : IDisposable
{
    private readonly TikTokHarness _harness = new();

    [Fact]
    public async Task GetAsync_First_PostsClientCredentialsAsAForm()
    {
        var token = await _harness.Tokens.GetAsync(default);

        Assert.Equal("clt.fake-1", token.Value);
        var body = Assert.Single(_harness.Api.TokenRequestBodies);
        Assert.Contains("client_key=fixture-key", body, StringComparison.Ordinal);
        Assert.Contains("client_secret=fixture-secret-do-not-log", body, StringComparison.Ordinal);
        Assert.Contains("grant_type=client_credentials", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_BeforeTheRefreshMargin_ReusesTheToken()
    {
        await _harness.Tokens.GetAsync(default);
        _harness.Time.Advance(TimeSpan.FromSeconds(7200) - _harness.Options.TokenRefreshMargin - TimeSpan.FromSeconds(1));

        var token = await _harness.Tokens.GetAsync(default);

        Assert.Equal("clt.fake-1", token.Value);
        Assert.Equal(1, _harness.Tokens.Fetched);
    }

    [Fact]
    public async Task GetAsync_WithinFiveMinutesOfExpiry_RenewsProactively()
    {
        await _harness.Tokens.GetAsync(default);
        _harness.Time.Advance(TimeSpan.FromSeconds(7200) - TimeSpan.FromMinutes(5));

        var token = await _harness.Tokens.GetAsync(default);

        Assert.Equal("clt.fake-2", token.Value);
    }

    [Fact]
    public async Task Invalidate_TheCurrentToken_NextGetFetchesANewOne()
    {
        var first = await _harness.Tokens.GetAsync(default);

        _harness.Tokens.Invalidate(first.Value!);

        Assert.Equal("clt.fake-2", (await _harness.Tokens.GetAsync(default)).Value);
    }

    [Fact]
    public async Task GetAsync_InvalidClient_IsPermanentAndNamesTheSettingsNotTheSecret()
    {
        _harness.Api.ScriptToken(401, "token-invalid-client.json");

        var token = await _harness.Tokens.GetAsync(default);

        var error = Assert.IsType<PermanentFailure>(token.Error);
        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Contains("FACTBOT__TikTok__ClientSecret", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("fixture-secret-do-not-log", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAsync_ServerError_IsUnavailable()
    {
        _harness.Api.ScriptToken(503, "error-internal.json");

        var token = await _harness.Tokens.GetAsync(default);

        Assert.IsType<Unavailable>(token.Error);
    }

    public void Dispose() => _harness.Dispose();
}
