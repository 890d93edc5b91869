using FactBot.Benchmarks.Infrastructure;

namespace FactBot.Benchmarks.Coordination;

/// <summary>One input × one time window: timed process runs (apphost and dotnet dll), timed in-process runs, output counts.</summary>
internal sealed record CoordinationCase(
    int Window,
    int Copies,
    int Rows,
    FactbotCommand.Timings Apphost,
    FactbotCommand.Timings Dll,
    IReadOnlyList<InProcessRun> InProcess,
    OutputCounts Counts,
    string OutDirectory)
{
    public string Label => $"tw{Window} ×{Copies}";

    public TimeSpan ProcessMedian => Stats.Median(Apphost.Wall);

    public TimeSpan InProcessMedian => Stats.Median(InProcess.Select(r => r.Total));

    public static async Task<CoordinationCase> MeasureAsync(
        FactbotCommand factbot, string input, int rows, int window, int copies, int runs, string outDirectory, CancellationToken ct)
    {
        string[] args = ["coordination", "--input", input, "--time-window", window.ToString(System.Globalization.CultureInfo.InvariantCulture), "--out", outDirectory];

        // One untimed run first in each mode, so the file cache and disk state are the same for every timed run.
        var apphost = await factbot.TimeAsync(args, useDll: false, runs, ct);
        var dll = await factbot.TimeAsync(args, useDll: true, runs, ct);
        var counts = OutputCounts.Read(outDirectory);

        var inProcessDirectory = outDirectory + "-inproc";
        InProcessRun.Measure(input, window, inProcessDirectory);
        var inProcess = new List<InProcessRun>();
        for (var i = 0; i < runs; i++)
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            inProcess.Add(InProcessRun.Measure(input, window, inProcessDirectory));
        }

        return new CoordinationCase(window, copies, rows, apphost, dll, inProcess, counts, outDirectory);
    }
}
