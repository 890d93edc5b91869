namespace FactBot.Core.Posts;

/// <summary>
/// How <see cref="PostValidator"/> brings one field within its cap. Each returns its input when nothing changes, so
/// the validator can tell an untouched post by reference and not copy it (it runs on every post ingested).
/// </summary>
internal static class PostFieldCaps
{
    /// <summary>Control characters removed, then cut to <paramref name="maxChars"/> (marker included) if longer.</summary>
    public static string? Cut(string? value, int maxChars)
    {
        if (value is null)
            return null;

        var clean = SafeText.StripControl(value);
        if (clean.Length <= maxChars)
            return clean;

        var keep = maxChars - PostLimits.TruncationMarker.Length;
        // Never split a surrogate pair: half an emoji is an invalid string for the store's UTF-8 encoder.
        if (keep > 0 && char.IsHighSurrogate(clean[keep - 1]))
            keep--;
        return string.Concat(clean.AsSpan(0, keep), PostLimits.TruncationMarker);
    }

    /// <summary>Control characters removed; null (dropped) when longer than <paramref name="maxChars"/>.</summary>
    public static string? DropLong(string? value, int maxChars)
    {
        if (value is null)
            return null;

        var clean = SafeText.StripControl(value);
        return clean.Length > maxChars ? null : clean;
    }

    /// <summary>
    /// The first <paramref name="maxCount"/> items that are not longer than <paramref name="maxChars"/>, control
    /// characters removed; the list itself when that changes nothing.
    /// </summary>
    public static IReadOnlyList<string> List(IReadOnlyList<string> values, int maxCount, int maxChars)
    {
        if (values.Count <= maxCount && AllWithin(values, maxChars))
            return values;

        var result = new List<string>(Math.Min(values.Count, maxCount));
        foreach (var value in values)
        {
            if (result.Count == maxCount)
                break;
            if (value is null)
                continue;
            var clean = SafeText.StripControl(value);
            if (clean.Length is > 0 && clean.Length <= maxChars)
                result.Add(clean);
        }

        return result;
    }

    // A loop, not LINQ: this runs for every post's hashtags and fingerprints.
    private static bool AllWithin(IReadOnlyList<string> values, int maxChars)
    {
        for (var i = 0; i < values.Count; i++)
        {
            var value = values[i];
            if (value is null || value.Length > maxChars || SafeText.HasControl(value))
                return false;
        }

        return true;
    }
}
