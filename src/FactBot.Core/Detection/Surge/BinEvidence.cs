using FactBot.Core.Alerts;
using FactBot.Core.Labels;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Surge;

/// <summary>
/// What one open bin of one target has seen, bounded: the first example posts, posts per author (for the top
/// accounts) and the labelled authors. Only bins not yet judged collect it; it is handed over when the bin closes.
/// </summary>
internal sealed class BinEvidence(long bin)
{
    // Past this many distinct authors new ones are not ranked (their posts still count in the bin): enough to name the
    // top accounts of any real surge, and a cap on memory when a bin holds a flood of one-post accounts.
    private const int MaxTrackedAuthors = 4096;

    private const int MaxLabelled = 100;

    private readonly List<string> _postKeys = [];
    private readonly List<string> _links = [];
    private readonly Dictionary<string, int> _postsByAuthor = new(StringComparer.Ordinal);
    private readonly List<string> _labelled = [];

    public long Bin => bin;

    public void Add(Post post, int maxExamples)
    {
        if (_postKeys.Count < maxExamples)
        {
            _postKeys.Add(post.Key);
            if (!string.IsNullOrEmpty(post.Url))
                _links.Add(post.Url);
        }

        if (_postsByAuthor.TryGetValue(post.AuthorKey, out var seen))
            _postsByAuthor[post.AuthorKey] = seen + 1;
        else if (_postsByAuthor.Count < MaxTrackedAuthors)
            _postsByAuthor[post.AuthorKey] = 1;

        if (post.AuthorLabel is { } label && _labelled.Count < MaxLabelled)
        {
            var text = Describe(post.AuthorHandle, label);
            if (!_labelled.Contains(text, StringComparer.Ordinal))
                _labelled.Add(text);
        }
    }

    /// <summary>The evidence for an alert: examples, the most active authors first, and the labelled ones.</summary>
    public AlertEvidence ToEvidence(int maxAccounts) => new()
    {
        PostKeys = [.. _postKeys],
        Links = [.. _links],
        Accounts = [.. _postsByAuthor
            .OrderByDescending(pair => pair.Value)
            .ThenBy(pair => pair.Key, StringComparer.Ordinal)
            .Take(maxAccounts)
            .Select(pair => pair.Key)],
        LabelledAccounts = [.. _labelled],
    };

    private static string Describe(string handle, AccountLabel label) => $"{handle} ({label.Category.ToDisplay()}, {label.Source})";
}
