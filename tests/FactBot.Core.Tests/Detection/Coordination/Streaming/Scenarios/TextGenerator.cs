namespace FactBot.Core.Tests.Detection.Coordination.Streaming.Scenarios;

/// <summary>Random captions from a fixed random vocabulary: unrelated captions share words, never whole texts.</summary>
internal sealed class TextGenerator
{
    private readonly Random _random;
    private readonly string[] _vocabulary;

    public TextGenerator(Random random, int vocabularySize = 3000)
    {
        _random = random;
        _vocabulary = [.. Enumerable.Range(0, vocabularySize).Select(_ => Word())];
    }

    public string Caption(int minWords = 6, int maxWords = 14) =>
        string.Join(' ', Enumerable.Range(0, _random.Next(minWords, maxWords + 1)).Select(_ => _vocabulary[_random.Next(_vocabulary.Length)]));

    /// <summary>The same caption as a copy-paster would post it: other case, spacing, punctuation or an emoji.</summary>
    public string Cosmetic(string caption) => _random.Next(5) switch
    {
        0 => caption.ToUpperInvariant(),
        1 => caption.Replace(" ", "  ", StringComparison.Ordinal) + "!!!",
        2 => caption + " \u2764\ufe0f",
        3 => char.ToUpperInvariant(caption[0]) + caption[1..] + ".",
        _ => caption,
    };

    private string Word() => new([.. Enumerable.Range(0, _random.Next(3, 10)).Select(_ => (char)('a' + _random.Next(26)))]);
}
