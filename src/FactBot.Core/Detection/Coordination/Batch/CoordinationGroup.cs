namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// A connected component of the coordinated edges (what CooRTweet users get from <c>igraph::components</c> on
/// <c>subgraph = 1</c>). Numbered from 1, largest first, ties by the ordinally smallest account.
/// </summary>
/// <param name="Members">Ordered by account id (ordinal).</param>
public sealed record CoordinationGroup(int Number, IReadOnlyList<CoordinationGroupMember> Members);
