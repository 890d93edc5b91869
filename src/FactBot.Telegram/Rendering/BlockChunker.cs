namespace FactBot.Telegram.Rendering;

/// <summary>
/// Cuts a message's blocks into HTML chunks that each fit a length limit (4,096 for text, 1,024 for a caption),
/// breaking between blocks where possible, else at a space or line break inside an over-long block, else anywhere
/// but inside a surrogate pair. Tags never straddle a cut: each piece of a cut span is marked up on its own.
/// </summary>
internal sealed class BlockChunker(IEnumerable<TextBlock> blocks)
{
    private readonly Queue<TextBlock> _blocks = new(blocks);
    private TextBlock? _rest;

    public bool HasMore
    {
        get
        {
            SkipBlanks();
            return _rest is not null || _blocks.Count > 0;
        }
    }

    /// <summary>The next chunk, at most <paramref name="limit"/> visible characters; null when all is taken.</summary>
    public string? Next(int limit)
    {
        if (!HasMore)
            return null;
        var parts = new List<string>();
        var used = 0;
        while (Peek() is { } block)
        {
            var separator = parts.Count > 0 ? 1 : 0;
            if (used + separator + block.Length <= limit)
            {
                Take();
                parts.Add(block.ToHtml());
                used += separator + block.Length;
                continue;
            }

            if (parts.Count == 0)
            {
                var (head, tail) = Cut(block, limit);
                Take();
                _rest = tail;
                parts.Add(head.ToHtml());
            }

            break;
        }

        while (parts.Count > 0 && parts[^1].Length == 0)
            parts.RemoveAt(parts.Count - 1);
        return string.Join("\n", parts);
    }

    /// <summary>Everything left, cut into chunks of at most <paramref name="limit"/>.</summary>
    public IEnumerable<string> Rest(int limit)
    {
        while (Next(limit) is { } chunk)
            yield return chunk;
    }

    private TextBlock? Peek() => _rest ?? (_blocks.TryPeek(out var block) ? block : null);

    private void Take()
    {
        if (_rest is not null)
            _rest = null;
        else
            _blocks.Dequeue();
    }

    private void SkipBlanks()
    {
        while (Peek() is { IsBlank: true })
            Take();
    }

    /// <summary>Splits a block whose text is longer than <paramref name="limit"/> into a head that fits and the rest.</summary>
    internal static (TextBlock Head, TextBlock? Tail) Cut(TextBlock block, int limit)
    {
        var plain = string.Concat(block.Spans.Select(s => s.Text));
        var at = CutPoint(plain, limit);
        // A cut at a space or line break drops that character: it would only start the next chunk with blank space.
        var skip = at < plain.Length && char.IsWhiteSpace(plain[at]) ? 1 : 0;
        var head = new List<TextSpan>();
        var tail = new List<TextSpan>();
        var offset = 0;
        foreach (var span in block.Spans)
        {
            var start = offset;
            offset += span.Text.Length;
            if (offset <= at)
                head.Add(span);
            else if (start >= at + skip)
                tail.Add(span);
            else
            {
                if (at > start)
                    head.Add(span with { Text = span.Text[..(at - start)] });
                var from = Math.Max(0, at + skip - start);
                if (from < span.Text.Length)
                    tail.Add(span with { Text = span.Text[from..] });
            }
        }

        return (new TextBlock(head), tail.Count == 0 ? null : new TextBlock(tail));
    }

    private static int CutPoint(string plain, int limit)
    {
        var hard = Math.Min(limit, plain.Length);
        if (hard < plain.Length && hard > 0 && char.IsLowSurrogate(plain[hard]) && char.IsHighSurrogate(plain[hard - 1]))
            hard--;
        // Prefer a line break, then a space, in the second half of the allowed length.
        for (var i = hard; i > hard / 2; i--)
        {
            if (i < plain.Length && plain[i] == '\n')
                return i;
        }

        for (var i = hard; i > hard / 2; i--)
        {
            if (i < plain.Length && plain[i] == ' ')
                return i;
        }

        return Math.Max(1, hard);
    }
}
