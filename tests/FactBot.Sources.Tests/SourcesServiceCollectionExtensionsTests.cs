using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.Tests;

public sealed class SourcesServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFactBotSources(configuration).BuildServiceProvider();
    }

    [Fact]
    public void AddFactBotSources_Section_BindsOptions()
    {
        using var provider = Build(new() { ["Sources:ImportBatchSize"] = "250", ["Sources:DefaultReplaySpeed"] = "60" });

        var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;

        Assert.Equal(250, options.ImportBatchSize);
        Assert.Equal(60, options.DefaultReplaySpeed);
    }

    [Fact]
    public void AddFactBotSources_NoSection_UsesValidDefaults()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(500, provider.GetRequiredService<IOptions<SourcesOptions>>().Value.ImportBatchSize);
    }

    [Fact]
    public void AddFactBotSources_OutOfRangeBatchSize_FailsStartupValidation()
    {
        using var provider = Build(new() { ["Sources:ImportBatchSize"] = "0" });

        var validator = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("ImportBatchSize", error.Message, StringComparison.Ordinal);
    }
}
