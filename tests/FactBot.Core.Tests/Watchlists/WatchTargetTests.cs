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
    [InlineData("sound:")]
    [InlineData("#two words")]
    [InlineData("")]
    public void Parse_Nonsense_ExplainsTheThreeForms(string text)
    {
        var result = WatchTarget.Parse(text);

        Assert.False(result.IsSuccess);
        Assert.Contains("#hashtag, sound:<id> or kw:<text>", result.Error.Message, StringComparison.Ordinal);
    }
}
