using FactBot.Core.Alerts;
using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// What one open bin of one target has seen, bounded: the first example posts, posts per author (for the top
/// accounts) and the labelled authors. Only bins not yet judged collect it; it is handed over when the bin closes,
/// and then reused for another bin (<see cref="BinEvidencePool"/>).
/// </summary>
/// <remarks>
/// Example ids, links and author keys are copied into character buffers instead of keeping the posts' strings: those
/// would live the hour the bin is open, long enough to be promoted through the GC generations, and then die unused in
/// all but the rare bin that fires. Strings are made again only for an alert.
/// </remarks>
internal sealed class BinEvidence(long bin, BinEvidencePool? pool = null)
{
    private const int MaxLabelled = 100;

    // Ints per example: platform, id and link as start and length in _text (link length −1 for none).
    private const int ExampleInts = 6;

    private readonly List<string> _labelled = [];

    // (handle, label) pairs already described: a labelled author's later posts need no new description.
    private readonly List<(string Handle, AccountLabel Label)> _described = [];

    private AuthorTally _authors = new();
    private char[] _text = [];
    private int _textLength;
    private int[] _examples = [];
    private int _exampleCount;

    public long Bin { get; private set; } = bin;

    /// <summary>Empties it for another bin; big buffers go back to the pool.</summary>
    public void Reset(long newBin)
    {
        Bin = newBin;
        (_textLength, _exampleCount) = (0, 0);
        _labelled.Clear();
        _described.Clear();
        _authors.Reset(pool);
        if (pool is not null && _text.Length > BinEvidencePool.KeptChars)
        {
            pool.ReturnChars(_text);
            _text = [];
        }
    }

    public void Add(Post post, int maxExamples)
    {
        if (_exampleCount < maxExamples)
            AddExample(post, maxExamples);
        _authors.Count(post.AuthorKey, pool);
        if (post.AuthorLabel is { } label && _labelled.Count < MaxLabelled)
            AddLabelled(post.AuthorHandle, label);
    }

    /// <summary>The evidence for an alert: examples, the most active authors first, and the labelled ones.</summary>
    public AlertEvidence ToEvidence(int maxAccounts)
    {
        var postKeys = new List<string>(_exampleCount);
        var links = new List<string>(_exampleCount);
        for (var i = 0; i < _exampleCount; i++)
        {
            var e = _examples.AsSpan(i * ExampleInts, ExampleInts);
            postKeys.Add(PostKey.Of(Text(e[0], e[1]), Text(e[2], e[3])));
            if (e[5] > 0)
                links.Add(Text(e[4], e[5]));
        }

        return new AlertEvidence
        {
            PostKeys = postKeys,
            Links = links,
            Accounts = _authors.Top(maxAccounts),
            LabelledAccounts = [.. _labelled],
        };
    }

    private void AddExample(Post post, int maxExamples)
    {
        if ((_exampleCount + 1) * ExampleInts > _examples.Length)
            Array.Resize(ref _examples, Math.Min(maxExamples, Math.Max(4, _exampleCount * 2)) * ExampleInts);
        var e = _examples.AsSpan(_exampleCount++ * ExampleInts, ExampleInts);
        (e[0], e[1]) = Copy(post.Platform);
        (e[2], e[3]) = Copy(post.PlatformPostId);
        (e[4], e[5]) = string.IsNullOrEmpty(post.Url) ? (0, -1) : Copy(post.Url);
    }

    private string Text(int start, int length) => new(_text, start, length);

    private (int Start, int Length) Copy(string value)
    {
        if (_textLength + value.Length > _text.Length)
        {
            var grown = pool?.RentChars(_textLength + value.Length) ?? new char[Math.Max(64, (_textLength + value.Length) * 2)];
            _text.AsSpan(0, _textLength).CopyTo(grown);
            pool?.ReturnChars(_text);
            _text = grown;
        }

        value.CopyTo(_text.AsSpan(_textLength));
        _textLength += value.Length;
        return (_textLength - value.Length, value.Length);
    }

    private void AddLabelled(string handle, AccountLabel label)
    {
        foreach (var (seenHandle, seenLabel) in _described)
        {
            // The same handle and label describe the same: that text is in the list already.
            if (ReferenceEquals(seenLabel, label) && string.Equals(seenHandle, handle, StringComparison.Ordinal))
                return;
        }

        if (_described.Count < MaxLabelled)
            _described.Add((handle, label));
        var text = Describe(handle, label);
        if (!_labelled.Contains(text, StringComparer.Ordinal))
            _labelled.Add(text);
    }

    private static string Describe(string handle, AccountLabel label) => $"{handle} ({label.Category.ToDisplay()}, {label.Source})";
}
