using FactBot.Core.Alerts;
using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// What one open bin of one target has seen, bounded: the first example posts, the most active authors
/// (<see cref="HeavyHitters"/>) and the labelled authors. Only bins not yet judged collect it; it is handed over when
/// the bin closes, and then reused for another bin (<see cref="BinEvidencePool"/>).
/// </summary>
/// <remarks>
/// Example keys and links and author keys are copied into buffers instead of keeping the posts' strings: those would
/// live the hour the bin is open, long enough to be promoted through the GC generations, and then die unused in all
/// but the rare bin that fires. Strings are made again only for an alert. Its memory is bounded by the number of
/// examples and counters, so a reused evidence keeps its buffers.
/// </remarks>
internal sealed class BinEvidence(long bin)
{
    private const int MaxLabelled = 100;

    // Example text kept by idle evidence: a few examples' worth.
    private const int KeptExampleBytes = 512;

    // Made at the first labelled author: most bins have none.
    private List<string>? _labelled;

    // (handle, label) pairs already described: a labelled author's later posts need no new description.
    private List<(string Handle, AccountLabel Label)>? _described;

    private HeavyHitters _authors = new();

    private ExampleText _examples = new();
    private int _exampleCount;

    public long Bin { get; private set; } = bin;

    /// <summary>Authors with a counter (for tests of what is kept).</summary>
    internal int TrackedAuthors => _authors.Tracked;

    /// <summary>Empties it for another bin.</summary>
    public void Reset(long newBin)
    {
        Bin = newBin;
        _exampleCount = 0;
        _examples.Clear();
        _labelled?.Clear();
        _described?.Clear();
        _authors.Reset();
    }

    /// <summary>Whether its buffers grew past what <see cref="Trim"/> keeps (a busy bin's).</summary>
    public bool Busy => _authors.Oversized || _examples.Capacity > KeptExampleBytes;

    /// <summary>Lets go of buffers bigger than a quiet bin needs (see <see cref="BinEvidencePool"/>).</summary>
    public void Trim()
    {
        _authors.Trim();
        _examples.Trim(KeptExampleBytes);
    }

    /// <param name="post">The post.</param>
    /// <param name="maxEvidence">Examples kept, and accounts an alert names (the summary has at least that many counters).</param>
    public void Add(Post post, int maxEvidence)
    {
        if (_exampleCount < maxEvidence)
        {
            _examples.Add(post);
            _exampleCount++;
        }

        _authors.Count(post.AuthorKey, Math.Max(HeavyHitters.MinCounters, maxEvidence));
        if (post.AuthorLabel is { } label && (_labelled?.Count ?? 0) < MaxLabelled)
            AddLabelled(post.AuthorHandle, label);
    }

    /// <summary>The posts by <paramref name="author"/> as counted, and the possible overcount; null if it has no counter.</summary>
    internal (int Count, int Overcount)? PostsBy(string author) => _authors.Find(author);

    /// <summary>The evidence for an alert: examples, the most active authors first, and the labelled ones.</summary>
    public AlertEvidence ToEvidence(int maxAccounts)
    {
        var postKeys = new List<string>(_exampleCount);
        var links = new List<string>(_exampleCount);
        foreach (var (key, link) in _examples.Read())
        {
            postKeys.Add(key);
            if (!string.IsNullOrEmpty(link))
                links.Add(link);
        }

        return new AlertEvidence
        {
            PostKeys = postKeys,
            Links = links,
            Accounts = _authors.Top(maxAccounts),
            LabelledAccounts = _labelled is { } labelled ? [.. labelled] : [],
        };
    }

    private void AddLabelled(string handle, AccountLabel label)
    {
        (_labelled, _described) = (_labelled ?? [], _described ?? []);
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
