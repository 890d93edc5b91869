namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// An account pair while the network is built: From/To are account ranks (pmin, pmax until
/// <see cref="IgraphEdgeOrder.Orient"/>), <see cref="First"/> is the index of its first co-share in R's pair order.
/// </summary>
internal readonly record struct AggregatedEdge(int From, int To, int Weight, double Avg, int NContent, int NContentY, int First);
