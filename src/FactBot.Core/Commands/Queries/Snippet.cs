namespace FactBot.Core.Commands.Queries;

/// <summary>Post text shortened for a one-line mention: whitespace collapsed, cut at a word with an ellipsis.</summary>
internal static class Snippet
{
    public static string Of(string? text, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(text))
            return "";
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (collapsed.Length <= maxLength)
            return collapsed;
        var cut = collapsed[..maxLength];
        var space = cut.LastIndexOf(' ');
        // Cut at a word unless that would throw most of the text away (one very long word, a URL).
        if (space > maxLength / 2)
            cut = cut[..space];
        return cut.TrimEnd() + "…";
    }
}
