using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;
using FactBot.Sources.Coordination;

namespace FactBot.Worker.Cli.Coordination;

/// <summary>
/// Where the verb's share rows come from. Today: a CSV (<see cref="CsvCoordinationInput"/>). Extension point for
/// stored posts: an implementation that reads posts from the store (oldest first) and builds the table with
/// <see cref="CoShareTable.FromPosts"/> and an object key (sound, caption hash, …), chosen in
/// <see cref="CoordinationVerb.SelectInput"/>.
/// </summary>
internal interface ICoordinationInput
{
    /// <summary>What is being read, for messages ("russian.csv").</summary>
    string Description { get; }

    /// <summary>The share rows, and the rows skipped as malformed; an error when nothing could be read.</summary>
    Task<Result<CoShareRead>> LoadAsync(CancellationToken ct);
}
