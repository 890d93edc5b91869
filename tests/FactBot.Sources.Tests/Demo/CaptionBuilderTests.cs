using FactBot.Sources.Demo;

namespace FactBot.Sources.Tests.Demo;

public sealed class CaptionBuilderTests
{
    [Fact]
    public void Coordinated_ManyVariants_AllNormaliseToTheTemplateWords()
    {
        var random = new DemoRandom(seed: 3, stream: 1);
        var scenario = DemoScenario.Default;
        var expected = DemoData.NormalizeCaption("Brothers from Donbas peace is coming the truth will win #donbas #russia #peace");

        var variants = Enumerable.Range(0, 500)
            .Select(_ => CaptionBuilder.Coordinated(scenario.CaptionTemplate, scenario.CoordinatedHashtags, random))
            .ToList();

        Assert.All(variants, v => Assert.Equal(expected, DemoData.NormalizeCaption(v)));
        Assert.All(variants, v => Assert.Equal(expected, CaptionKey.Normalize(v)));
        Assert.True(variants.Distinct().Count() > 100, "variants should differ in case, spacing, punctuation or emoji");
    }

    [Fact]
    public void Organic_ManyCaptions_AreMostlyDistinct()
    {
        var random = new DemoRandom(seed: 3, stream: 2);

        var captions = Enumerable.Range(0, 500).Select(_ => CaptionBuilder.Organic("football", random)).ToList();

        Assert.True(captions.Select(DemoData.NormalizeCaption).Distinct().Count() > 350);
        Assert.All(captions, c => Assert.False(string.IsNullOrWhiteSpace(c)));
    }

    [Fact]
    public void WithHashtags_Tags_AreAppendedWithHashes()
    {
        Assert.Equal("hello #a #b", CaptionBuilder.WithHashtags("hello", ["a", "b"]));
        Assert.Equal("hello", CaptionBuilder.WithHashtags("hello", []));
    }
}
