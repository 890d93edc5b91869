using FactBot.Core;
using FactBot.Core.Abstractions;
using FactBot.Discord.Tests.EndToEnd;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FactBot.Discord.Tests;

public sealed class DiscordServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddFactBotCore(configuration);
        new TestStores().Register(services);
        services.AddFactBotDiscord(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void AddFactBotDiscord_NoToken_RegistersNothing()
    {
        using var provider = Build([]);

        Assert.DoesNotContain(provider.GetServices<IChatSender>(), s => s.Platform == "discord");
        Assert.Empty(provider.GetServices<IHostedService>());
    }

    [Fact]
    public void AddFactBotDiscord_Token_RegistersTheSenderTheGatewayAndValidatedOptions()
    {
        using var provider = Build(new() { ["Discord:Token"] = "t", ["Discord:GuildIds:0"] = "123" });

        Assert.Contains(provider.GetServices<IChatSender>(), s => s.Platform == "discord");
        Assert.Contains(provider.GetServices<IHostedService>(), s => s is FactBot.Discord.Gateway.DiscordGatewayService);
        Assert.Equal(["123"], provider.GetRequiredService<IOptions<DiscordOptions>>().Value.GuildIds);
    }

    [Fact]
    public void AddFactBotDiscord_InvalidSetting_FailsWithAMessageNamingIt()
    {
        using var provider = Build(new() { ["Discord:Token"] = "t", ["Discord:ApiBaseUrl"] = "nope" });

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<DiscordOptions>>().Value);
        Assert.Contains("Discord:ApiBaseUrl", error.Message, StringComparison.Ordinal);
    }
}
