namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>Hands out clients for the loopback fake, as the host's named client would for the real API.</summary>
internal sealed class LoopbackHttpClientFactory(Uri baseAddress) : IHttpClientFactory, IDisposable
{
    private readonly SocketsHttpHandler _handler = new();

    public HttpClient CreateClient(string name) =>
        new(_handler, disposeHandler: false) { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(30) };

    public void Dispose() => _handler.Dispose();
}
