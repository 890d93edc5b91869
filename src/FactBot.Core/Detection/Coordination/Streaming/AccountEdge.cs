namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>An undirected account pair (<see cref="A"/> ordinally before <see cref="B"/>) and the co-shares it rests on.</summary>
internal sealed class AccountEdge(string a, string b)
{
    private readonly List<CoShare> _coShares = [];

    public string A => a;

    public string B => b;

    /// <summary>The number of co-shares (CooRTweet's <c>weight</c>).</summary>
    public int Weight => _coShares.Count;

    public IReadOnlyList<CoShare> CoShares => _coShares;

    public void Add(CoShare coShare) => _coShares.Add(coShare);

    public static (string A, string B) KeyOf(string x, string y) =>
        string.CompareOrdinal(x, y) <= 0 ? (x, y) : (y, x);
}
