using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Coordination;

/// <summary>The share rows read from an input, and the rows skipped as malformed (with where and why).</summary>
public sealed record CoShareRead(CoShareTable Table, IReadOnlyList<CsvProblem> Skipped);
