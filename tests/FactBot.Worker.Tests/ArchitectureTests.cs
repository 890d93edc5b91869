using System.Reflection;

namespace FactBot.Worker.Tests;

/// <summary>Guards the dependency rule: Core is platform-free; adapters reference Core only.</summary>
public sealed class ArchitectureTests
{
    private static readonly string[] PlatformPackages = ["LiteDB", "Quartz", "Telegram", "ScottPlot", "SkiaSharp", "System.Net.Http", "NSec", "WireMock"];

    [Fact]
    public void Core_ReferencesNoPlatformPackageAndNoOtherFactBotProject()
    {
        var references = References(typeof(FactBot.Core.Posts.Post).Assembly);

        Assert.DoesNotContain(references, r => r.StartsWith("FactBot.", StringComparison.Ordinal));
        Assert.DoesNotContain(references, r => PlatformPackages.Any(p => r.StartsWith(p, StringComparison.Ordinal)));
        Assert.All(references, r => Assert.True(
            r.StartsWith("System.", StringComparison.Ordinal) || r == "netstandard" || r.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal),
            $"Core references {r}"));
    }

    [Theory]
    [InlineData(typeof(FactBot.Storage.StorageOptions))]
    [InlineData(typeof(FactBot.Sources.SourcesOptions))]
    [InlineData(typeof(FactBot.Telegram.TelegramOptions))]
    [InlineData(typeof(FactBot.Discord.DiscordOptions))]
    public void Adapters_ReferenceCoreAsTheirOnlyFactBotProject(Type adapterType)
    {
        var references = References(adapterType.Assembly);

        Assert.Equal(["FactBot.Core"], references.Where(r => r.StartsWith("FactBot.", StringComparison.Ordinal)));
    }

    private static List<string> References(Assembly assembly) =>
        [.. assembly.GetReferencedAssemblies().Select(a => a.Name!)];
}
