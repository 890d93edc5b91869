namespace FactBot.Sources.Tests.Mastodon;

/// <summary>Hands out one plain client, as the real factory would hand out a configured one.</summary>
internal sealed class SingleHttpClientFactory : IHttpClientFactory, IDisposable
{
    private readonly HttpClient _client = new() { Timeout = TimeSpan.FromSeconds(10) };

    public HttpClient CreateClient(string name) => _client;

    public void Dispose() => _client.Dispose();
}
