using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Labels;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The windowed self-join of CooRTweet's <c>detect_groups</c>, done as posts arrive: a new post pairs with the shares
/// of each of its objects by other accounts at most <c>TimeWindow</c> away (inclusive), and each pair becomes a
/// co-share on the account-pair edge of the <see cref="CoShareNetwork"/>. Everything is kept for the lookback only,
/// in compact tables (posts, accounts, a time-sliced share index, document frequencies), so memory is bounded by it.
/// </summary>
/// <remarks>
/// Objects already discounted as trending are not searched for partners, so a co-share lists only the objects that
/// were not trending when it formed, and one resting only on trending objects is not recorded. Near-text (MinHash band)
/// objects are not discounted by document frequency: a stock caption copied word for word is, through its exact
/// caption key, and a co-share with the exact caption keeps no band key.
/// </remarks>
internal sealed partial class CoShareEngine
{
    private readonly CoordinationOptions _options;
    private readonly long _window;
    private readonly AccountTable _accounts = new();
    private readonly PostTable _posts;
    private readonly ShareIndex _index;
    private readonly ShareIndex _bands;
    private readonly DocumentFrequency _df;
    private readonly List<int> _sameTime = [];
    private readonly CoShareNetwork _network;
    private readonly PriorityQueue<CoShareRecord, long> _expiry = new();
    private readonly Dictionary<ulong, List<CoShareRecord>> _byObject = [];
    private readonly HashSet<ulong> _dirty = [];
    private readonly Dictionary<ulong, ObjectKey> _registry = [];
    private readonly PartnerFinder _partners;
    private long _cutoff = long.MinValue;
    private long _bandCutoff = long.MinValue;
    private long _nextSweep = long.MinValue;

    public CoShareEngine(CoordinationOptions options)
    {
        _options = options;
        _window = options.TimeWindow.Ticks;
        _posts = new PostTable(_accounts);
        _df = new DocumentFrequency(options.MaxAccountsPerObjectLookback);
        _index = new ShareIndex(options.TimeWindow);
        _bands = new ShareIndex(options.TimeWindow);
        _network = new CoShareNetwork(options.MinEdgeWeight);
        _partners = new PartnerFinder(_posts, _index, _bands, options);
    }

    public CoShareNetwork Network => _network;

    /// <summary>Shares held in the index (one per post and object).</summary>
    public long ShareCount => _index.Entries + _bands.Entries;

    /// <summary>Objects whose document frequency is tracked.</summary>
    public int ObjectCount => _df.Count;

    public int CoShareCount => _expiry.Count;

    /// <summary>What the main tables hold, roughly, in bytes (diagnostics: the bench reports it).</summary>
    public (long Posts, long Accounts, long Shares, long Frequencies) HeldBytes =>
        (_posts.Bytes, _accounts.Bytes, _index.Bytes + _bands.Bytes, _df.Bytes);

    /// <summary>Whether the last <see cref="Add(PostIdentity, string, string, long, string?, IReadOnlyList{WatchedTarget}, AccountLabel?, ReadOnlySpan{ObjectRef})"/> made a co-share on an object without a label yet.</summary>
    public bool NeedsLabels { get; private set; }

    /// <summary>
    /// Adds a post with its objects and records its co-shares. Returns how many it made, or -1 when the post was seen
    /// already or is older than the lookback.
    /// </summary>
    public int Add(
        PostIdentity identity, string account, string handle, long ticks, string? url,
        IReadOnlyList<WatchedTarget> targets, AccountLabel? label, ReadOnlySpan<ObjectRef> objects)
    {
        NeedsLabels = false;
        if (objects.IsEmpty || ticks < _cutoff)
            return -1;
        var hash = identity.Hash;
        if (SeenBefore(hash, ticks, objects))
            return -1;

        var accountId = _accounts.Intern(account, handle, label, ticks);
        var post = _posts.Add(identity, accountId, handle, ticks, url, targets, hash);
        // An object trending already gives no co-shares: its partners are not even looked for (for a trending sound
        // that is most of the work), and a pair sharing it and something else is found through the other object.
        Span<bool> trending = objects.Length <= 64 ? stackalloc bool[objects.Length] : new bool[objects.Length];
        for (var i = 0; i < objects.Length; i++)
        {
            var item = objects[i];
            if (item.Kind == ObjectKinds.NearText)
                continue;
            var count = _df.Add(item.Id, accountId, ticks, out var grew);
            if (grew && count == _options.MaxAccountsPerObjectLookback + 1 && _byObject.ContainsKey(item.Id))
                _dirty.Add(item.Id);
            trending[i] = count > _options.MaxAccountsPerObjectLookback;
        }

        var partners = _partners.Find(post, accountId, ticks, objects, trending, _cutoff, _bandCutoff);
        foreach (var item in objects)
            (item.Kind == ObjectKinds.NearText ? _bands : _index).Add(item.Id, post, ticks);

        var made = 0;
        foreach (var (other, shared) in partners)
        {
            if (Record(post, ticks, other, shared))
                made++;
        }

        return made;
    }

    // A post seen again has the same time and objects: the index already holds it under its first object (an exact
    // one if it has any: those stay for the whole lookback).
    private bool SeenBefore(ulong hash, long ticks, ReadOnlySpan<ObjectRef> objects)
    {
        var first = objects[0];
        foreach (var item in objects)
        {
            if (item.Kind != ObjectKinds.NearText)
            {
                first = item;
                break;
            }
        }

        _sameTime.Clear();
        (first.Kind == ObjectKinds.NearText ? _bands : _index).Find(first.Id, ticks, ticks, _sameTime);
        foreach (var post in _sameTime)
        {
            if (_posts.Holds(post) && _posts.TicksOf(post) == ticks && _posts.KeyHashOf(post) == hash)
                return true;
        }

        return false;
    }

    /// <summary>Adds a post with keys made elsewhere (tests, tools): their labels are registered as given.</summary>
    public bool Add(SharedPost post, IReadOnlyList<ObjectKey> keys)
    {
        foreach (var key in keys)
            _registry[key.Id] = key;
        ObjectRef[] objects = [.. keys.Select(key => new ObjectRef(key.Id, key.Kind)).Distinct()];
        return Add(new PostIdentity("", post.Key), post.Account, post.Handle, post.CreatedAt.UtcTicks, post.Url, post.Targets, post.Label, objects) >= 0;
    }

    /// <summary>Gives an object the readable key and label evidence shows.</summary>
    public void Register(ObjectKey key) => _registry.TryAdd(key.Id, key);

    private bool Record(int post, long ticks, int other, List<ObjectRef> shared)
    {
        var objects = Trim(shared);
        var counting = Counts(objects);
        if (!counting)
            return false;

        // Posts made in the same second are ordered by identity, not by which arrived first: arrival order must not
        // change what a co-share says.
        var otherTicks = _posts.TicksOf(other);
        var otherFirst = otherTicks < ticks || (otherTicks == ticks && _posts.KeyHashOf(other) <= _posts.KeyHashOf(post));
        var (older, newer) = otherFirst ? (other, post) : (post, other);
        var edge = _network.EdgeFor(_posts.AccountOf(post), _posts.AccountOf(other));
        var record = new CoShareRecord(older, newer, Math.Min(otherTicks, ticks), Math.Max(otherTicks, ticks), objects, edge) { Counting = true };
        _network.Add(record);
        _expiry.Enqueue(record, record.NewerTicks);
        foreach (var item in objects)
        {
            if (!_registry.ContainsKey(item.Id))
                NeedsLabels = true;
            if (item.Kind == ObjectKinds.NearText)
                continue;
            if (!_byObject.TryGetValue(item.Id, out var list))
                _byObject[item.Id] = list = [];
            list.Add(record);
        }

        return true;
    }

    // One near-copy matches in many bands: one band is kept, and none when the captions are identical anyway.
    private static ObjectRef[] Trim(List<ObjectRef> shared)
    {
        var exact = shared.Exists(o => o.Kind == ObjectKinds.Caption);
        var band = false;
        var kept = new List<ObjectRef>(shared.Count);
        foreach (var item in shared)
        {
            if (item.Kind == ObjectKinds.NearText && (exact || band))
                continue;
            band |= item.Kind == ObjectKinds.NearText;
            kept.Add(item);
        }

        return [.. kept];
    }

    private bool Counts(ObjectRef[] objects)
    {
        foreach (var item in objects)
        {
            if (!IsDiscounted(item))
                return true;
        }

        return false;
    }

    private bool IsDiscounted(ObjectRef item) =>
        item.Kind != ObjectKinds.NearText && _df.CountOf(item.Id) > _options.MaxAccountsPerObjectLookback;
}
