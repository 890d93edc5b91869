using FactBot.Core.Results;
using FactBot.Sources.Coordination;

namespace FactBot.Worker.Cli.Coordination;

/// <summary>Share rows from a CooRTweet-shaped CSV file.</summary>
internal sealed class CsvCoordinationInput(string path) : ICoordinationInput
{
    public string Description => path;

    // Synchronous on purpose: one sequential read of a local file; the async machinery only costs start-up time.
    public Task<Result<CoShareRead>> LoadAsync(CancellationToken ct) => Task.FromResult(CoShareCsvReader.ReadFile(path));
}
