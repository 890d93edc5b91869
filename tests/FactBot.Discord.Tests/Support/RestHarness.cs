using FactBot.Discord.Rest;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Discord.Tests.Support;

/// <summary>A real REST client and limiter over a fake handler and a fake clock.</summary>
internal sealed class RestHarness : IDisposable
{
    public RestHarness(Action<DiscordOptions>? configure = null)
    {
        var options = new DiscordOptions { Token = "test-token", ApiBaseUrl = "https://discord.test/api/v10" };
        configure?.Invoke(options);
        Options = Microsoft.Extensions.Options.Options.Create(options);
        Handler = new FakeHttpHandler(Time);
        Limiter = new DiscordRateLimiter(Options, Time, NullLogger<DiscordRateLimiter>.Instance);
        Http = new HttpClient(Handler);
        Client = new DiscordRestClient(Http, Limiter, Options, NullLogger<DiscordRestClient>.Instance);
        Messages = new DiscordMessages(Client);
    }

    public FakeTimeProvider Time { get; } = new(Clock.Start);

    public IOptions<DiscordOptions> Options { get; }

    public FakeHttpHandler Handler { get; }

    public DiscordRateLimiter Limiter { get; }

    public HttpClient Http { get; }

    public DiscordRestClient Client { get; }

    public DiscordMessages Messages { get; }

    public void Dispose()
    {
        Http.Dispose();
        Handler.Dispose();
    }
}
