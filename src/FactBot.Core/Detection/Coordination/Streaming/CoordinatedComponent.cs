namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>One connected component of coordinated edges: a candidate coordinated group.</summary>
internal sealed record CoordinatedComponent(IReadOnlyList<string> Members, IReadOnlyList<AccountEdge> Edges)
{
    public int CoShareCount => Edges.Sum(edge => edge.Weight);
}
