using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The windowed self-join of CooRTweet's <c>detect_groups</c>, done as posts arrive: a new post pairs with the earlier
/// shares of each of its objects by other accounts at most <c>TimeWindow</c> away (inclusive). Shares and co-shares
/// are kept for the lookback only, so memory is bounded by it.
/// </summary>
internal sealed class CoShareEngine(CoordinationOptions options)
{
    private readonly Dictionary<string, ObjectShares> _objects = new(StringComparer.Ordinal);
    private readonly HashSet<string> _posts = new(StringComparer.Ordinal);
    private readonly PriorityQueue<(string PostKey, string[] Objects), DateTimeOffset> _expiry = new();
    private readonly List<CoShare> _coShares = [];
    private DateTimeOffset _cutoff = DateTimeOffset.MinValue;

    public IReadOnlyList<CoShare> CoShares => _coShares;

    public int ObjectCount => _objects.Count;

    public int PostCount => _posts.Count;

    /// <summary>Bumped whenever shares or co-shares change, so an unchanged network need not be rebuilt.</summary>
    public long Version { get; private set; }

    /// <summary>Adds a post with its object keys and records its co-shares. False when it was seen already or is too old.</summary>
    public bool Add(SharedPost post, IReadOnlyList<ObjectKey> keys)
    {
        if (keys.Count == 0 || post.CreatedAt < _cutoff || !_posts.Add(post.Key))
            return false;

        var window = options.TimeWindow;
        var partners = new Dictionary<string, (SharedPost Other, List<string> Objects)>(StringComparer.Ordinal);
        var objectKeys = new List<string>(keys.Count);
        foreach (var key in keys)
        {
            if (objectKeys.Contains(key.Key))
                continue;
            objectKeys.Add(key.Key);

            if (!_objects.TryGetValue(key.Key, out var shares))
                _objects[key.Key] = shares = new ObjectShares(key.Label);

            var (from, to) = shares.Range(post.CreatedAt - window, post.CreatedAt + window);
            if (!IsCrowded(shares, from, to, post.Account))
            {
                for (var i = from; i < to; i++)
                {
                    var other = shares.Shares[i];
                    if (string.Equals(other.Account, post.Account, StringComparison.Ordinal))
                        continue;

                    if (!partners.TryGetValue(other.Key, out var partner))
                        partners[other.Key] = partner = (other, []);
                    partner.Objects.Add(key.Key);
                }
            }

            shares.Add(post);
        }

        foreach (var (other, objects) in partners.Values)
        {
            _coShares.Add(other.CreatedAt <= post.CreatedAt
                ? new CoShare(other, post, objects)
                : new CoShare(post, other, objects));
        }

        _expiry.Enqueue((post.Key, [.. objectKeys]), post.CreatedAt);
        Version++;
        return true;
    }

    /// <summary>Forgets shares and co-shares older than <paramref name="cutoff"/>.</summary>
    public void ExpireBefore(DateTimeOffset cutoff)
    {
        if (cutoff <= _cutoff)
            return;
        _cutoff = cutoff;

        while (_expiry.TryPeek(out var entry, out var time) && time < cutoff)
        {
            _expiry.Dequeue();
            _posts.Remove(entry.PostKey);
            Version++;
            foreach (var key in entry.Objects)
            {
                if (!_objects.TryGetValue(key, out var shares))
                    continue;
                shares.ExpireBefore(cutoff);
                if (shares.Count == 0)
                    _objects.Remove(key);
            }
        }

        if (_coShares.RemoveAll(coShare => coShare.At < cutoff) > 0)
            Version++;
    }

    /// <summary>
    /// The document-frequency discount: an object used by more distinct accounts over the lookback than the cap (a
    /// trending sound) is organic popularity, and none of its co-shares count, including earlier ones.
    /// </summary>
    public bool IsDiscounted(string objectKey) =>
        _objects.TryGetValue(objectKey, out var shares) && shares.DistinctAccounts > options.MaxAccountsPerObjectLookback;

    /// <summary>A co-share counts when at least one object it rests on is not discounted.</summary>
    public bool Counts(CoShare coShare)
    {
        foreach (var key in coShare.Objects)
        {
            if (!IsDiscounted(key))
                return true;
        }

        return false;
    }

    public string LabelOf(string objectKey) => _objects.TryGetValue(objectKey, out var shares) ? shares.Label : objectKey;

    // The per-window cap: more distinct accounts on one object within the window than the cap is a crowd, not a network.
    private bool IsCrowded(ObjectShares shares, int from, int to, string account)
    {
        if (to - from < options.MaxAccountsPerObjectWindow)
            return false;

        var accounts = new HashSet<string>(StringComparer.Ordinal) { account };
        for (var i = from; i < to; i++)
        {
            if (accounts.Add(shares.Shares[i].Account) && accounts.Count > options.MaxAccountsPerObjectWindow)
                return true;
        }

        return false;
    }
}
