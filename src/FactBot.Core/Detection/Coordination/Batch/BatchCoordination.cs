using FactBot.Core.Results;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// The batch form of coordination detection, at CooRTweet 2.1.3 parity: <c>detect_groups</c> then
/// <c>generate_coordinated_network</c>, then groups = connected components of the coordinated edges.
/// </summary>
public static class BatchCoordination
{
    /// <summary>Runs both steps on <paramref name="table"/>; the error names a parameter out of range.</summary>
    public static Result<BatchCoordinationResult> Run(
        CoShareTable table, BatchCoordinationParameters parameters, CancellationToken ct = default)
    {
        var valid = parameters.Validate();
        if (!valid.IsSuccess)
            return valid.Error!;

        var pairs = CoShareDetector.DetectGroups(table, parameters, ct);
        ct.ThrowIfCancellationRequested();
        var network = CoordinatedNetworkBuilder.Build(pairs, parameters.EdgeWeight);
        return new BatchCoordinationResult(pairs, network);
    }

    /// <summary>Runs both steps on <paramref name="rows"/> (in their order).</summary>
    public static Result<BatchCoordinationResult> Run(
        IEnumerable<CoShareRow> rows, BatchCoordinationParameters parameters, CancellationToken ct = default) =>
        Run(CoShareTable.FromRows(rows), parameters, ct);
}
