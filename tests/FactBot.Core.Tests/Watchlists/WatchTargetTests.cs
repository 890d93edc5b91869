using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Watchlists;

public sealed class WatchTargetTests
{
    [Theory]
    [InlineData("#Донбасс", TargetKind.Hashtag, "донбасс", "#донбасс")]
    [InlineData("＃ＤＯＮＢＡＳ", TargetKind.Hashtag, "donbas", "#donbas")]
    [InlineData("sound:7071860473652120581", TargetKind.Sound, "7071860473652120581", "sound:7071860473652120581")]
    [InlineData("kw:Fist Bump", TargetKind.Keyword, "fist bump", "kw:fist bump")]
    public void Parse_WrittenTarget_IsNormalised(string text, TargetKind kind, string value, string key)
    {
        var result = WatchTarget.Parse(text);

        Assert.True(result.IsSuccess);
        Assert.Equal(kind, result.Value.Kind);
        Assert.Equal(value, result.Value.Value);
        Assert.Equal(key, result.Value.Key);
    }

    [Theory]
    [InlineData("donbas")]
    [InlineData("#")]
    [InlineData("#two words")]
    [InlineData("")]
    public void Parse_Nonsense_ExplainsTheThreeForms(string text)
    {
        var result = WatchTarget.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains("#hashtag, sound:<id> or kw:<text>", result.Error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("#don\u200Bbas", "U+200B ZERO WIDTH SPACE")]
    [InlineData("#\u202Esabnod", "U+202E BIDIRECTIONAL")]
    [InlineData("kw:fist\u2066bump", "U+2066 BIDIRECTIONAL ISOLATE")]
    public void Parse_InvisibleOrDirectionChangingCharacters_AreRefusedNamingThemAndEchoedVisibly(string text, string named)
    {
        var result = WatchTarget.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains(named, result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("<U+", result.Error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(text, result.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AHashtagOrKeywordOverTheCap_IsRefusedWithoutEchoingIt()
    {
        var huge = "#" + new string('a', 20_000);

        var hashtag = WatchTarget.Parse(huge);
        var atCap = WatchTarget.Parse("#" + new string('a', TargetText.MaxLength));

        Assert.Equal("That target is 20000 characters long; targets are at most 100.", hashtag.Error!.Message);
        Assert.True(atCap.IsSuccess);
        Assert.False(WatchTarget.Parse("kw:" + new string('b', 101)).IsSuccess);
    }

    [Theory]
    [InlineData("sound:abc")]
    [InlineData("sound:")]
    [InlineData("sound:12345678901234567890123456")]
    public void Parse_ASoundIdThatIsNotDigits_SaysWhereToFindOne(string text)
    {
        var result = WatchTarget.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains("a sound id is the digits of its TikTok link", result.Error.Message, StringComparison.Ordinal);
    }
}
