namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>One connected component of coordinated edges: a candidate coordinated group.</summary>
/// <param name="Founder">
/// The account that posted first in the group's earliest co-share (ties by post identity), or null if unknown: a new
/// group is named after it, which does not depend on the order its posts arrived in, as its smallest member at the
/// moment it first formed would.
/// </param>
internal sealed record CoordinatedComponent(IReadOnlyList<string> Members, IReadOnlyList<AccountEdge> Edges, string? Founder = null)
{
    public int CoShareCount => Edges.Sum(edge => edge.Weight);
}
