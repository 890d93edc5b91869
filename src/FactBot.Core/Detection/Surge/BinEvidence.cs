using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using FactBot.Core.Alerts;
using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// What one open bin of one target has seen, bounded: the first example posts, posts per author (for the top
/// accounts) and the labelled authors. Only bins not yet judged collect it; it is handed over when the bin closes,
/// and then reused for another bin (<see cref="BinEvidencePool"/>), so collecting allocates next to nothing per post.
/// </summary>
internal sealed class BinEvidence(long bin)
{
    // Past this many distinct authors new ones are not ranked (their posts still count in the bin): enough to name the
    // top accounts of any real surge, and a cap on memory when a bin holds a flood of one-post accounts.
    private const int MaxTrackedAuthors = 4096;

    private const int MaxLabelled = 100;

    // A reused evidence keeps its tables unless a flood made them big: those go, so idle evidence stays small.
    private const int KeptAuthorCapacity = 256;

    private readonly List<string> _labelled = [];

    // Examples as (platform, id, url) in one array: the post key is only built for an alert, not for every example.
    private (string Platform, string Id, string? Url)[] _examples = [];
    private int _exampleCount;

    // (handle, label) pairs already described: a labelled author's later posts need no new description.
    private readonly List<(string Handle, AccountLabel Label)> _described = [];
    private Dictionary<string, int> _postsByAuthor = new(StringComparer.Ordinal);

    public long Bin { get; private set; } = bin;

    /// <summary>Empties it for another bin.</summary>
    public void Reset(long newBin)
    {
        Bin = newBin;
        Array.Clear(_examples, 0, _exampleCount);
        _exampleCount = 0;
        _labelled.Clear();
        _described.Clear();
        if (_postsByAuthor.Count > KeptAuthorCapacity)
            _postsByAuthor = new(StringComparer.Ordinal);
        else
            _postsByAuthor.Clear();
    }

    public void Add(Post post, int maxExamples)
    {
        if (_exampleCount < maxExamples)
        {
            if (_exampleCount == _examples.Length)
                Array.Resize(ref _examples, Math.Min(maxExamples, Math.Max(4, _exampleCount * 2)));
            _examples[_exampleCount++] = (post.Platform, post.PlatformPostId, post.Url);
        }

        // One hash per post: a known author counts up, a new one is added while there is room.
        if (_postsByAuthor.Count < MaxTrackedAuthors)
        {
            CollectionsMarshal.GetValueRefOrAddDefault(_postsByAuthor, post.AuthorKey, out _)++;
        }
        else
        {
            ref var seen = ref CollectionsMarshal.GetValueRefOrNullRef(_postsByAuthor, post.AuthorKey);
            if (!Unsafe.IsNullRef(ref seen))
                seen++;
        }

        if (post.AuthorLabel is { } label && _labelled.Count < MaxLabelled)
            AddLabelled(post.AuthorHandle, label);
    }

    /// <summary>The evidence for an alert: examples, the most active authors first, and the labelled ones.</summary>
    public AlertEvidence ToEvidence(int maxAccounts) => new()
    {
        PostKeys = [.. _examples.Take(_exampleCount).Select(e => PostKey.Of(e.Platform, e.Id))],
        Links = [.. _examples.Take(_exampleCount).Select(e => e.Url).Where(url => !string.IsNullOrEmpty(url)).Select(url => url!)],
        Accounts = [.. _postsByAuthor
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(maxAccounts)
            .Select(pair => pair.Key)],
        LabelledAccounts = [.. _labelled],
    };

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
