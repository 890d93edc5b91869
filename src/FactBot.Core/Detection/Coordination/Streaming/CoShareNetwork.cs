namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// The account network kept up to date co-share by co-share, so finding the coordinated groups each minute costs
/// what the candidate edges cost, not what all co-shares cost: edge weights (counting co-shares), a histogram of
/// weights for θ (the type-7 quantile, as CooRTweet), and the edges heavy enough to be coordinated at some θ.
/// </summary>
internal sealed class CoShareNetwork(int minEdgeWeight)
{
    private readonly Dictionary<long, LiveEdge> _edges = [];
    private readonly HashSet<LiveEdge> _candidates = [];
    private int[] _histogram = new int[64];
    private int _weighted;

    /// <summary>Bumped whenever an edge of weight ≥ the minimum changes: only then can the groups change (θ aside).</summary>
    public long Version { get; private set; }

    /// <summary>The edges with at least the minimum weight: coordinated when also above θ.</summary>
    public IReadOnlyCollection<LiveEdge> Candidates => _candidates;

    public LiveEdge EdgeFor(int a, int b)
    {
        var key = LiveEdge.KeyOf(a, b);
        if (!_edges.TryGetValue(key, out var edge))
            _edges[key] = edge = new LiveEdge(Math.Min(a, b), Math.Max(a, b));
        return edge;
    }

    public void Add(CoShareRecord coShare)
    {
        coShare.Edge.CoShares.Add(coShare);
        if (coShare.Counting)
            Shift(coShare.Edge, 1);
    }

    public void SetCounting(CoShareRecord coShare, bool counting)
    {
        if (coShare.Counting == counting)
            return;
        coShare.Counting = counting;
        Shift(coShare.Edge, counting ? 1 : -1);
    }

    public void Remove(CoShareRecord coShare)
    {
        var edge = coShare.Edge;
        edge.CoShares.Remove(coShare);
        if (coShare.Counting)
            Shift(edge, -1);
        if (edge.CoShares.Count == 0)
            _edges.Remove(LiveEdge.KeyOf(edge.A, edge.B));
    }

    /// <summary>θ: the type-7 quantile <paramref name="p"/> of the weights of edges with at least one counting co-share.</summary>
    public double Threshold(double p)
    {
        if (_weighted == 0)
            return double.NaN;

        var h = (_weighted - 1) * p;
        var lo = (long)Math.Floor(h);
        var low = WeightAtRank(lo);
        var high = WeightAtRank(Math.Min(lo + 1, _weighted - 1));
        return low + ((h - lo) * (high - low));
    }

    /// <summary>
    /// The cut an edge's weight must exceed to be coordinated: θ, except when no edge exceeds θ (the heaviest edges tie
    /// at it, e.g. a group whose pairs all co-shared twice on an otherwise quiet hashtag): then the heaviest edges
    /// are coordinated. CooRTweet itself flags nothing in that case; a coordinated group alone on a quiet hashtag is
    /// the case FactBot exists for.
    /// </summary>
    public double Cut(double p)
    {
        var threshold = Threshold(p);
        var heaviest = HeaviestWeight();
        return heaviest > 0 && threshold >= heaviest ? heaviest - 0.5 : threshold;
    }

    private int HeaviestWeight()
    {
        for (var weight = _histogram.Length - 1; weight > 0; weight--)
        {
            if (_histogram[weight] > 0)
                return weight;
        }

        return 0;
    }

    // The weight of the edge at a 0-based rank in ascending weight order.
    private int WeightAtRank(long rank)
    {
        long seen = 0;
        for (var weight = 1; weight < _histogram.Length; weight++)
        {
            seen += _histogram[weight];
            if (seen > rank)
                return weight;
        }

        throw new InvalidOperationException("The weight histogram is inconsistent.");
    }

    private void Shift(LiveEdge edge, int delta)
    {
        var before = edge.Counted;
        var after = before + delta;
        edge.Counted = after;
        if (before > 0)
            _histogram[before]--;
        if (after > 0)
        {
            if (after >= _histogram.Length)
                Array.Resize(ref _histogram, Math.Max(after + 1, _histogram.Length * 2));
            _histogram[after]++;
        }

        _weighted += (after > 0 ? 1 : 0) - (before > 0 ? 1 : 0);
        if (after >= minEdgeWeight)
            _candidates.Add(edge);
        else
            _candidates.Remove(edge);
        if (before >= minEdgeWeight || after >= minEdgeWeight)
            Version++;
    }
}
