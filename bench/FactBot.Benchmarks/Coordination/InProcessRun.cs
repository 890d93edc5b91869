using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Coordination;

namespace FactBot.Benchmarks.Coordination;

/// <summary>The verb's work without process start-up: read the CSV, detect, build the network, write the CSVs.</summary>
internal sealed record InProcessRun(TimeSpan Read, TimeSpan Detect, TimeSpan Network, TimeSpan Write)
{
    public TimeSpan Total => Read + Detect + Network + Write;

    public static InProcessRun Measure(string input, int window, string outDirectory)
    {
        var clock = TimeProvider.System;
        var start = clock.GetTimestamp();
        var table = CoShareCsvReader.ReadFile(input);
        if (!table.IsSuccess)
            throw new InvalidOperationException(table.Error.Message);

        var read = clock.GetTimestamp();
        var parameters = new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(window) };
        var pairs = CoShareDetector.DetectGroups(table.Value.Table, parameters);
        var detect = clock.GetTimestamp();
        var network = CoordinatedNetworkBuilder.Build(pairs, parameters.EdgeWeight);
        var built = clock.GetTimestamp();
        var written = CoordinationCsvWriter.WriteAll(outDirectory, new BatchCoordinationResult(pairs, network));
        if (!written.IsSuccess)
            throw new InvalidOperationException(written.Error!.Message);

        var end = clock.GetTimestamp();
        return new InProcessRun(
            clock.GetElapsedTime(start, read), clock.GetElapsedTime(read, detect),
            clock.GetElapsedTime(detect, built), clock.GetElapsedTime(built, end));
    }
}
