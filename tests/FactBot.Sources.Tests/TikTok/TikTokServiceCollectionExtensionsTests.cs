using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.Sources.TikTok;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.Tests.TikTok;

public sealed class TikTokServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IWatchlistStore, InMemoryWatchlistStore>();
        services.AddSingleton<ICheckpointStore, InMemoryCheckpointStore>();
        services.AddSingleton<IQuotaStore, InMemoryQuotaStore>();
        services.AddSingleton<IPostStore, InMemoryPostStore>();
        services.AddSingleton(sp => new IngestPipeline(
            sp.GetRequiredService<IPostStore>(), sp.GetRequiredService<ICheckpointStore>(), new LabelIndex(new InMemoryLabelStore()),
            new DetectionEngine([], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), []),
            new IngestOptions(), TimeProvider.System, NullLogger<IngestPipeline>.Instance));
        return services.AddFactBotSources(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddFactBotSources_NoCredentials_RegistersNoTikTokPoller()
    {
        using var provider = Build(new() { ["TikTok:PageSize"] = "50" });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Null(provider.GetService<TikTokPoller>());
        Assert.Null(provider.GetService<TikTokRefresher>());
    }

    [Fact]
    public void AddFactBotSources_KeyWithoutSecret_NoPollerAndStartupNamesTheMissingSetting()
    {
        using var provider = Build(new() { ["TikTok:ClientKey"] = "key-only" });

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Null(provider.GetService<TikTokPoller>());
        Assert.Contains("FACTBOT__TikTok__ClientSecret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddFactBotSources_Credentials_RegistersPollerAndRefresherWithBoundOptions()
    {
        using var provider = Build(new()
        {
            ["TikTok:ClientKey"] = "key",
            ["TikTok:ClientSecret"] = "secret",
            ["TikTok:BaseUrl"] = "http://127.0.0.1:9/tiktok",
            ["TikTok:RegionCodes:0"] = "RU",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.NotNull(provider.GetService<TikTokPoller>());
        Assert.NotNull(provider.GetService<TikTokRefresher>());
        var options = provider.GetRequiredService<IOptions<TikTokOptions>>().Value;
        Assert.Equal(["RU"], options.RegionCodes);
        Assert.Equal("http://127.0.0.1:9/tiktok/", TikTokServiceCollectionExtensions.WithTrailingSlash(options.BaseUrl).AbsoluteUri);
    }

    [Theory]
    [InlineData("TikTok:RegionCodes:0", "Russia", "RegionCodes")]
    [InlineData("TikTok:Fields", "id,username", "create_time")]
    [InlineData("TikTok:WindowLength", "10.00:00:00", "WindowLength")]
    [InlineData("TikTok:RefreshInterval", "20.00:00:00", "RefreshInterval")]
    public void AddFactBotSources_BadSetting_FailsStartupNamingIt(string key, string value, string named)
    {
        using var provider = Build(new() { ["TikTok:ClientKey"] = "key", ["TikTok:ClientSecret"] = "secret", [key] = value });

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
