namespace FactBot.Sources.Mastodon;

/// <summary>
/// Reads an RFC 8288 <c>Link</c> header, <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="prev"</c>, as Mastodon sends
/// it for paging. Only the target and its <c>rel</c> values matter here; other parameters are ignored.
/// </summary>
internal static class LinkHeader
{
    /// <summary>The target of the first link whose <c>rel</c> includes <paramref name="rel"/>, or null.</summary>
    public static Uri? Find(IEnumerable<string> headerValues, string rel, Uri requestUri)
    {
        foreach (var value in headerValues)
        {
            var position = 0;
            while (NextLink(value, ref position) is var (target, parameters))
            {
                if (HasRel(parameters, rel) && Uri.TryCreate(requestUri, target, out var uri))
                    return uri;
            }
        }

        return null;
    }

    // One "<target>; params" entry, advancing past the comma that ends it. Commas inside <> or quotes do not end it.
    private static (string Target, string Parameters)? NextLink(string value, ref int position)
    {
        var open = value.IndexOf('<', position);
        if (open < 0)
            return null;
        var close = value.IndexOf('>', open + 1);
        if (close < 0)
            return null;

        var end = close + 1;
        var quoted = false;
        while (end < value.Length && (quoted || value[end] != ','))
        {
            if (value[end] == '"')
                quoted = !quoted;
            end++;
        }

        position = end;
        return (value[(open + 1)..close].Trim(), value[(close + 1)..end]);
    }

    private static bool HasRel(string parameters, string rel)
    {
        foreach (var parameter in parameters.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = parameter.IndexOf('=', StringComparison.Ordinal);
            if (equals < 0 || !parameter[..equals].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
                continue;

            // rel may list several space-separated relation types.
            var values = parameter[(equals + 1)..].Trim().Trim('"');
            if (values.Split(' ', StringSplitOptions.RemoveEmptyEntries).Any(v => v.Equals(rel, StringComparison.OrdinalIgnoreCase)))
                return true;
        }

        return false;
    }
}
