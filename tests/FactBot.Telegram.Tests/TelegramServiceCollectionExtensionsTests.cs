using FactBot.Core.Abstractions;
using FactBot.Telegram.ChannelPosts;
using FactBot.Telegram.Polling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Telegram.Tests;

public sealed class TelegramServiceCollectionExtensionsTests
{
    [Fact]
    public void AddFactBotTelegram_WithoutAToken_RegistersNothing()
    {
        var services = new ServiceCollection();

        services.AddFactBotTelegram(Configuration());

        Assert.Empty(services);
    }

    [Fact]
    public void AddFactBotTelegram_WithAToken_RegistersTheSenderAndOnePollerEvenWhenCalledTwice()
    {
        var configuration = Configuration(("Telegram:Token", "123:abc"));
        var services = new ServiceCollection().AddSingleton(configuration).AddLogging();

        services.AddFactBotTelegram(configuration).AddFactBotTelegram(configuration);
        using var provider = services.BuildServiceProvider();

        var sender = Assert.Single(provider.GetServices<IChatSender>());
        Assert.Equal("telegram", sender.Platform);
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(TelegramPoller));
        Assert.Single(services, d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(ChannelPostIngestService));
    }

    [Fact]
    public void AddFactBotTelegram_ChannelPostsOff_RegistersNoIngestService()
    {
        var configuration = Configuration(("Telegram:Token", "123:abc"), ("Telegram:IngestChannelPosts", "false"));
        var services = new ServiceCollection();

        services.AddFactBotTelegram(configuration);

        Assert.DoesNotContain(services, d => d.ImplementationType == typeof(ChannelPostIngestService));
    }

    [Theory]
    [InlineData("Telegram:Token", "not-a-token", "Telegram:Token does not look like a bot token")]
    [InlineData("Telegram:ApiBaseUrl", "api.telegram.org", "Telegram:ApiBaseUrl must be an http(s) URL")]
    [InlineData("Telegram:PollTimeout", "00:05:00", "Telegram:PollTimeout must be between 0 and 50 seconds")]
    [InlineData("Telegram:PerGroupPerMinute", "0", "Telegram:PerGroupPerMinute must be between 1 and 1000")]
    public void Options_Invalid_FailWithAMessageNamingTheSetting(string key, string value, string message)
    {
        var configuration = Configuration(("Telegram:Token", "123:abc"), (key, value));
        var services = new ServiceCollection().AddSingleton(configuration);
        services.AddFactBotTelegram(configuration);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<TelegramOptions>>().Value);

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123:abc", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Later settings override earlier ones, as later configuration sources do.</summary>
    private static IConfiguration Configuration(params (string Key, string Value)[] settings)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in settings)
            values[key] = value;
        return new ConfigurationBuilder().AddInMemoryCollection(values).Build();
    }
}
