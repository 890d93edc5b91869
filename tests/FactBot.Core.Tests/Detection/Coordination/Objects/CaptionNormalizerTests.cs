using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Tests.Detection.Coordination.Objects;

public sealed class CaptionNormalizerTests
{
    [Theory]
    [InlineData("Vote NO on Sunday!!!  #Referendum", "vote no on sunday referendum")]
    [InlineData("vote   no,on sunday ... referendum", "vote no on sunday referendum")]
    [InlineData("Vote no on Sunday https://t.co/abc123 #referendum @someone", "vote no on sunday referendum")]
    [InlineData("ＶＯＴＥ no on Sunday #referendum", "vote no on sunday referendum")]
    public void Normalize_CosmeticVariants_GiveTheSameText(string input, string expected) =>
        Assert.Equal(expected, CaptionNormalizer.Normalize(input));

    [Fact]
    public void Normalize_EmojiVariationSelectorsAndZeroWidth_AreRemoved()
    {
        var plain = CaptionNormalizer.Normalize("stand with us \u2764 now");
        var decorated = CaptionNormalizer.Normalize("stand\u200b with us \u2764\ufe0f now");

        Assert.Equal(plain, decorated);
    }

    [Fact]
    public void Normalize_DifferentWords_StayDifferent() =>
        Assert.NotEqual(CaptionNormalizer.Normalize("vote no on sunday"), CaptionNormalizer.Normalize("vote yes on sunday"));

    [Theory]
    [InlineData("", 0)]
    [InlineData("one", 1)]
    [InlineData("one two three", 3)]
    [InlineData("so true 😂", 2)]
    public void WordCount_NormalizedText_CountsWords(string text, int expected) =>
        Assert.Equal(expected, CaptionNormalizer.WordCount(text));

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    public void Normalize_IntoScratch_GivesTheSameTextAndWordCountAsTheFullPath(int seed)
    {
        var random = new Random(seed);
        const string alphabet = "abcXYZ019 \t\n.,;:!?'\"()[]{}#$%&*+-/<=>@^_`|~\u00e9\u00c9\u200b\u0301http://www.";
        var scratch = new char[256];
        for (var i = 0; i < 2000; i++)
        {
            var text = new string([.. Enumerable.Range(0, random.Next(0, 60)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            var expected = CaptionNormalizer.Normalize(text);

            var actual = CaptionNormalizer.Normalize(text, scratch, out var words).ToString();

            Assert.Equal(expected, actual);
            Assert.Equal(CaptionNormalizer.WordCount(expected), words);
        }
    }
}
