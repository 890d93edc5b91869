namespace FactBot.Discord.Rendering;

/// <summary>Splits text into pieces of at most a given length, preferring line breaks, then spaces.</summary>
internal static class TextChunks
{
    public static IReadOnlyList<string> Split(string text, int max)
    {
        var chunks = new List<string>();
        var rest = text.Trim();
        while (rest.Length > max)
        {
            var cut = rest.LastIndexOf('\n', max - 1);
            if (cut < max / 2)
                cut = rest.LastIndexOf(' ', max - 1);
            if (cut < max / 2)
                cut = max;
            cut = SafeCut(rest, cut);
            chunks.Add(rest[..cut].TrimEnd());
            rest = rest[cut..].TrimStart();
        }

        if (rest.Length > 0 || chunks.Count == 0)
            chunks.Add(rest);
        return chunks;
    }

    /// <summary>Cuts to at most <paramref name="max"/> characters, ending with '…' when something was cut.</summary>
    public static string Truncate(string text, int max)
    {
        var trimmed = text.Trim();
        return trimmed.Length <= max ? trimmed : trimmed[..SafeCut(trimmed, max - 1)].TrimEnd() + "…";
    }

    /// <summary>Never between a surrogate pair, nor right after an escaping backslash.</summary>
    private static int SafeCut(string text, int cut)
    {
        if (cut < text.Length && char.IsLowSurrogate(text[cut]) && cut > 1)
            cut--;
        var backslashes = 0;
        for (var i = cut - 1; i >= 0 && text[i] == '\\'; i--)
            backslashes++;
        return backslashes % 2 == 1 && cut > 1 ? cut - 1 : cut;
    }
}
