namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// One undirected account pair of CooRTweet's <c>generate_coordinated_network</c>, as igraph prints it:
/// <paramref name="From"/> is the account igraph created first, which is not always the ordinally smaller one
/// (see <see cref="CoordinatedNetworkBuilder"/>); compare edges unordered when parity of printing does not matter.
/// </summary>
/// <param name="Weight">Number of co-shares between the two accounts (events, not distinct objects).</param>
/// <param name="AvgTimeDelta">Mean seconds between the two shares of each co-share.</param>
/// <param name="NContentId">
/// Distinct <c>content_id</c> (older side) among the co-shares. R reorders the accounts (pmin/pmax, then igraph)
/// but not the contents, so this is not necessarily <paramref name="From"/>'s count; kept that way for parity.
/// </param>
/// <param name="NContentIdY">Distinct <c>content_id_y</c> (newer side) among the co-shares.</param>
/// <param name="EdgeSymmetryScore">min / max of the two counts: 1 when both sides contribute equally.</param>
/// <param name="IsCoordinated">Weight strictly above the network's threshold θ (R's <c>weight_threshold = 1</c>).</param>
public sealed record CoordinationEdge(
    string From,
    string To,
    int Weight,
    double AvgTimeDelta,
    int NContentId,
    int NContentIdY,
    double EdgeSymmetryScore,
    bool IsCoordinated);
