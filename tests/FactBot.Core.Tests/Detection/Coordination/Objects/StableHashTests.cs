using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class StableHashTests
{
    // Published FNV-1a 64 test vectors (Fowler/Noll/Vo reference test suite).
    [Theory]
    [InlineData("", 0xcbf29ce484222325UL)]
    [InlineData("a", 0xaf63dc4c8601ec8cUL)]
    [InlineData("foobar", 0x85944171f73967e8UL)]
    public void Fnv1a64_ReferenceVectors_Match(string text, ulong expected) =>
        Assert.Equal(expected, StableHash.Fnv1a64(text));

    [Fact]
    public void Hex_Always_SixteenLowerCaseDigits()
    {
        var sut = StableHash.Hex(StableHash.Fnv1a64("a"));

        Assert.Equal("af63dc4c8601ec8c", sut);
    }
}
