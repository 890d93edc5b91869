using System.ComponentModel.DataAnnotations;
using FactBot.Sources.Mastodon;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FactBot.Sources.Tests.Mastodon;

public sealed class MastodonOptionsTests
{
    private static List<ValidationResult> Validate(MastodonOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddFactBotSources(configuration).BuildServiceProvider();
    }

    [Fact]
    public void Defaults_AreValidAndPollNothing()
    {
        var sut = new MastodonOptions();

        Assert.Empty(Validate(sut));
        Assert.False(sut.IsConfigured);
        Assert.Equal(40, sut.PageSize);
    }

    [Fact]
    public void Validate_BadInstanceAndHashtag_NamesBoth()
    {
        var sut = new MastodonOptions { Instances = ["mastodon.social", "ftp://x.example"], Hashtags = ["#ok", "two words"] };

        var messages = Validate(sut).Select(r => r.ErrorMessage).ToList();

        Assert.Equal(2, messages.Count);
        Assert.Contains(messages, m => m!.Contains("ftp://x.example", StringComparison.Ordinal));
        Assert.Contains(messages, m => m!.Contains("two words", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(41)]
    public void Validate_PageSizeOutsideMastodonsRange_Fails(int pageSize)
    {
        Assert.NotEmpty(Validate(new MastodonOptions { PageSize = pageSize }));
    }

    [Fact]
    public void AddFactBotSources_MastodonSection_BindsOptionsAndTheHttpClient()
    {
        using var provider = Build(new()
        {
            ["Mastodon:Instances:0"] = "mastodon.social",
            ["Mastodon:Hashtags:0"] = "donbas",
            ["Mastodon:PollInterval"] = "00:05:00",
            ["Mastodon:RequestTimeout"] = "00:00:12",
            ["Mastodon:HashtagsFromWatchlists"] = "false",
        });

        provider.GetRequiredService<IStartupValidator>().Validate();
        var options = provider.GetRequiredService<IOptions<MastodonOptions>>().Value;
        using var http = provider.GetRequiredService<IHttpClientFactory>().CreateClient(MastodonClient.HttpClientName);

        Assert.Equal(["mastodon.social"], options.Instances);
        Assert.Equal(TimeSpan.FromMinutes(5), options.PollInterval);
        Assert.False(options.HashtagsFromWatchlists);
        Assert.Equal(TimeSpan.FromSeconds(12), http.Timeout);
    }

    [Fact]
    public void AddFactBotSources_Always_RegistersThePoller()
    {
        var services = new ServiceCollection().AddFactBotSources(new ConfigurationBuilder().Build());

        Assert.Contains(services, d => d.ServiceType == typeof(MastodonPoller));
    }

    [Fact]
    public void AddFactBotSources_TooShortPollInterval_FailsStartupValidation()
    {
        using var provider = Build(new() { ["Mastodon:PollInterval"] = "00:00:01" });

        var error = Assert.Throws<OptionsValidationException>(provider.GetRequiredService<IStartupValidator>().Validate);

        Assert.Contains("PollInterval", error.Message, StringComparison.Ordinal);
    }
}
