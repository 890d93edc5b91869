using System.Globalization;

namespace FactBot.Sources.Demo;

/// <summary>Assembles captions from <see cref="CaptionWords"/>: varied for organic posts, near-identical for the planted group.</summary>
internal static class CaptionBuilder
{
    public static string Organic(string? topic, DemoRandom random)
    {
        var phrases = topic is not null && CaptionWords.TopicPhrases.TryGetValue(topic, out var list)
            ? list
            : CaptionWords.GenericPhrases;
        return Join(
            random.Pick(CaptionWords.Openers),
            random.Pick(phrases),
            random.Chance(0.3) ? random.Pick(CaptionWords.Companions) : "",
            random.Pick(CaptionWords.Closers),
            random.Pick(CaptionWords.Emojis));
    }

    public static string Trend(DemoRandom random) => Join(
        random.Pick(CaptionWords.Openers),
        random.Pick(CaptionWords.TrendPhrases),
        random.Pick(CaptionWords.Companions),
        random.Pick(CaptionWords.Closers),
        random.Pick(CaptionWords.Emojis));

    public static string Surge(DemoRandom random) => Join(
        random.Pick(CaptionWords.Openers),
        random.Pick(CaptionWords.SurgePhrases),
        random.Pick(CaptionWords.Closers),
        random.Pick(CaptionWords.Emojis));

    public static string LabelledHistory(DemoLabelledAccount account, string topic, DemoRandom random) =>
        $"{random.Pick(CaptionWords.LabelledHistory)} {random.Pick(CaptionWords.TopicPhrases[topic])} — {account.DisplayName}";

    public static string LabelledSurge(DemoLabelledAccount account, DemoRandom random) =>
        $"{random.Pick(CaptionWords.LabelledSurge)} — {account.DisplayName}";

    /// <summary>
    /// The planted caption with only cosmetic changes: case, extra spaces, comma, ending punctuation and which fist
    /// emoji (or none). Word boundaries are never removed, so every variant normalises to the same words.
    /// </summary>
    public static string Coordinated(string template, IReadOnlyList<string> hashtags, DemoRandom random)
    {
        var caseMode = random.Next(5);
        var keepComma = random.Chance(0.5);
        var words = new List<string>();
        foreach (var token in template.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var word = IsFistEmoji(token) ? random.Pick(CaptionWords.FistEmojis) : token;
            if (!keepComma)
                word = word.Replace(",", "", StringComparison.Ordinal);
            word = caseMode switch
            {
                1 => word.ToLowerInvariant(),
                2 => word.ToUpperInvariant(),
                3 when words.Count == 0 => word.ToUpperInvariant(),
                4 => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(word),
                _ => word,
            };
            if (word.Length > 0)
                words.Add(word);
        }

        var text = string.Join("", words.Select((w, i) => i == 0 ? w : (random.Chance(0.15) ? "  " : " ") + w));
        text += random.Pick(CaptionWords.Endings);
        var tags = hashtags.Select(t => "#" + (random.Chance(0.3) ? Capitalize(t) : t));
        return (random.Chance(0.1) ? " " : "") + text + (random.Chance(0.2) ? "  " : " ") + string.Join(" ", tags)
            + (random.Chance(0.2) ? " " : "");
    }

    /// <summary>The caption followed by its hashtags, as TikTok shows them.</summary>
    public static string WithHashtags(string caption, IReadOnlyList<string> hashtags) =>
        hashtags.Count == 0 ? caption : Join(caption, string.Join(" ", hashtags.Select(t => "#" + t)));

    private static bool IsFistEmoji(string token) => token.Length > 0 && !token.Any(char.IsLetterOrDigit) && token != ",";

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Join(params string[] parts) => string.Join(" ", parts.Where(p => p.Length > 0));
}
