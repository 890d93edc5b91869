namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// An undirected account pair (<see cref="A"/> ordinally before <see cref="B"/>) and the co-shares it rests on. Built
/// from co-shares (the reference graph) or as a snapshot of a live edge, whose co-shares are only read if asked for
/// (the evidence of a group being announced).
/// </summary>
internal sealed class AccountEdge
{
    private readonly List<CoShare>? _coShares;
    private readonly Func<IReadOnlyList<CoShare>>? _load;
    private readonly int _weight;
    private IReadOnlyList<CoShare>? _loaded;

    public AccountEdge(string a, string b)
    {
        A = a;
        B = b;
        _coShares = [];
    }

    public AccountEdge(string a, string b, int weight, Func<IReadOnlyList<CoShare>> load)
    {
        A = a;
        B = b;
        _weight = weight;
        _load = load;
    }

    public string A { get; }

    public string B { get; }

    /// <summary>The number of co-shares (CooRTweet's <c>weight</c>).</summary>
    public int Weight => _coShares?.Count ?? _weight;

    public IReadOnlyList<CoShare> CoShares => _coShares ?? (_loaded ??= _load!());

    public void Add(CoShare coShare) =>
        (_coShares ?? throw new InvalidOperationException("A live edge's snapshot is read-only.")).Add(coShare);

    public static (string A, string B) KeyOf(string x, string y) =>
        string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
}
