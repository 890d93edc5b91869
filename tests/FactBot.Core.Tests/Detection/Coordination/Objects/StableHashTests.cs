using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class StableHashTests
{
    // Unlike string.GetHashCode, no per-process seed: a copy of the text hashes alike (replays compare ids).
    [Theory]
    [InlineData("", 0UL)]
    [InlineData("sound", 0UL)]
    [InlineData("a caption longer than eight characters", 7UL)]
    public void Chars_SameTextAndSeed_GivesTheSameIdEveryTime(string text, ulong seed) =>
        Assert.Equal(StableHash.Chars(text, seed), StableHash.Chars(new string(text.ToCharArray()), seed));

    [Fact]
    public void Chars_DifferentSeedOrText_GiveDifferentIds()
    {
        Assert.NotEqual(StableHash.Chars("abc", 1), StableHash.Chars("abc", 2));
        Assert.NotEqual(StableHash.Chars("abc", 1), StableHash.Chars("abd", 1));
        Assert.NotEqual(StableHash.Chars("abcdefgh", 1), StableHash.Chars("abcdefgh\0", 1));
    }

    [Fact]
    public void Hex_Always_SixteenLowerCaseDigits() => Assert.Equal("00000000000000ff", StableHash.Hex(255));
}
