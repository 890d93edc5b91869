using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FactBot.Discord.Commands;
using FactBot.Discord.Endpoint;
using FactBot.Discord.Gateway;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using NSec.Cryptography;

namespace FactBot.Discord.Tests.Endpoint;

/// <summary>The optional HTTP interactions endpoint on a real Kestrel (127.0.0.1:0), signed with a test Ed25519 key.</summary>
public sealed class InteractionsEndpointTests : IAsyncLifetime, IDisposable
{
    private static readonly SignatureAlgorithm Ed25519 = SignatureAlgorithm.Ed25519;
    private readonly Key _key = Key.Create(Ed25519, new KeyCreationParameters { ExportPolicy = KeyExportPolicies.AllowPlaintextExport });
    private readonly string _state = Directory.CreateTempSubdirectory("factbot-discord-endpoint-").FullName;
    private readonly GatewayEvents _events = new();
    private readonly HttpClient _http = new();
    private RestHarness _rest = null!;
    private CommandRegistrar _registrar = null!;
    private DiscordEndpointService _sut = null!;
    private string _url = "";

    public async Task InitializeAsync()
    {
        _rest = new RestHarness(o =>
        {
            o.ApplicationId = "100";
            o.PublicKey = Convert.ToHexString(_key.PublicKey.Export(KeyBlobFormat.RawPublicKey));
            o.InteractionsEndpoint = new DiscordEndpointOptions { Enabled = true, Url = "http://127.0.0.1:0" };
            o.CommandsStateFile = Path.Combine(_state, "commands.json");
        });
        _registrar = new CommandRegistrar(_rest.Client, _rest.Options, NullLogger<CommandRegistrar>.Instance);
        _sut = new DiscordEndpointService(_events, _registrar, _rest.Options, _rest.Time, NullLoggerFactory.Instance);
        await _sut.StartAsync(default);
        _url = _sut.Addresses[0] + "/discord/interactions";
    }

    private HttpRequestMessage Signed(string body, Key? key = null, DateTimeOffset? at = null, bool tamper = false)
    {
        var timestamp = (at ?? Clock.Start).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        var signature = Ed25519.Sign(key ?? _key, Encoding.UTF8.GetBytes(timestamp + body));
        var request = new HttpRequestMessage(HttpMethod.Post, _url) { Content = new StringContent(tamper ? body + " " : body, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Signature-Ed25519", Convert.ToHexString(signature));
        request.Headers.Add("X-Signature-Timestamp", timestamp);
        return request;
    }

    [Fact]
    public async Task Post_SignedPing_AnswersPong()
    {
        using var response = await _http.SendAsync(Signed("""{"type":1,"id":"1","application_id":"100","token":"t"}"""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, (int)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["type"]!);
    }

    [Fact]
    public async Task Post_SignatureOfAnotherKey_Is401()
    {
        using var other = Key.Create(Ed25519);

        using var response = await _http.SendAsync(Signed("""{"type":1}""", key: other));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_BodyChangedAfterSigning_Is401()
    {
        using var response = await _http.SendAsync(Signed("""{"type":1}""", tamper: true));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoSignatureHeaders_Is401()
    {
        using var response = await _http.PostAsync(_url, new StringContent("""{"type":1}"""));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_TimestampOlderThanTheSkew_Is401()
    {
        using var response = await _http.SendAsync(Signed("""{"type":1}""", at: Clock.Start.AddMinutes(-10)));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedCommand_IsAcceptedAndQueuedForTheHandlers()
    {
        using var response = await _http.SendAsync(Signed("""{"type":2,"id":"1","application_id":"100","token":"t","channel_id":"3","data":{"name":"help"}}"""));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.True(_events.Reader.TryRead(out var queued));
        Assert.Equal("INTERACTION_CREATE", queued.Type);
    }

    [Fact]
    public void Start_WithoutAGateway_RegistersTheCommands()
    {
        Assert.Equal("registered", _registrar.Outcomes["global"]);
    }

    public async Task DisposeAsync()
    {
        await _sut.StopAsync(default);
        await _sut.DisposeAsync();
    }

    public void Dispose()
    {
        _registrar.Dispose();
        _rest.Dispose();
        _http.Dispose();
        _key.Dispose();
        Directory.Delete(_state, recursive: true);
    }
}
