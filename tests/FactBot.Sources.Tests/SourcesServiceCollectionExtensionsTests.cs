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
        using var provider = Build(new() { ["Sources:ReportProblemsShown"] = "5", ["Sources:DefaultReplaySpeed"] = "60" });

        var options = provider.GetRequiredService<IOptions<SourcesOptions>>().Value;

        Assert.Equal(5, options.ReportProblemsShown);
        Assert.Equal(60, options.DefaultReplaySpeed);
    }

    [Fact]
    public void AddFactBotSources_NoSection_UsesValidDefaults()
    {
        using var provider = Build([]);

        provider.GetRequiredService<IStartupValidator>().Validate();

        Assert.Equal(20, provider.GetRequiredService<IOptions<SourcesOptions>>().Value.ReportProblemsShown);
    }

    [Fact]
    public void AddFactBotSources_NegativeReplaySpeed_FailsStartupValidation()
    {
        using var provider = Build(new() { ["Sources:DefaultReplaySpeed"] = "-1" });

        var validator = provider.GetRequiredService<IStartupValidator>();

        var error = Assert.Throws<OptionsValidationException>(validator.Validate);
        Assert.Contains("DefaultReplaySpeed", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, 0.0, null)]
    [InlineData(null, 60.0, 60.0)]
    [InlineData(120.0, 60.0, 120.0)]
    [InlineData(0.0, 60.0, null)] // --speed max
    public void ReplaySpeed_GivenOrDefault_ZeroMeansAsFastAsPossible(double? given, double configured, double? expected) =>
        Assert.Equal(expected, new SourcesOptions { DefaultReplaySpeed = configured }.ReplaySpeed(given));
}
