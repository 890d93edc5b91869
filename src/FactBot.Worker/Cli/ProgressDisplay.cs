using System.Globalization;
using FactBot.Core.Ingest;
using FactBot.Sources.Import;
using Spectre.Console;

namespace FactBot.Worker.Cli;

/// <summary>
/// Progress of a long import or replay, on standard error so reports on standard output stay clean: a live bar
/// (Spectre.Console) on a terminal, a plain line every few seconds when the output goes to a file or a pipe. Records,
/// rate, how much of the file is read and the time left.
/// </summary>
internal sealed class ProgressDisplay(string what, TextWriter error, TimeProvider time, bool terminal)
{
    private static readonly TimeSpan PlainEvery = TimeSpan.FromSeconds(5);
    // Written by the ingest loop, read by the display: a reference swaps whole.
    private Latest _latest = new(default);

    /// <summary>Whether the error stream is the process's own, on a terminal.</summary>
    public static bool IsTerminal(TextWriter error) => ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Runs <paramref name="work"/> over <paramref name="path"/>, showing its progress until it ends.</summary>
    public async Task<T> RunAsync<T>(string path, Func<Action<IngestProgress>, Task<T>> work, CancellationToken ct)
    {
        var meter = FileReadMeter.Start(path);
        var started = time.GetTimestamp();
        var running = work(p => Volatile.Write(ref _latest, new Latest(p)));
        if (terminal)
            await LiveAsync(running, meter);
        else
            await PlainAsync(running, meter, started, ct);
        return await running;
    }

    /// <summary>The line shown: "import: 45,000 records, 12,345/s · 37 % of the file · about 1 min left".</summary>
    public static string Line(string what, IngestProgress progress, double? fraction, TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? progress.Read / elapsed.TotalSeconds : 0;
        var line = string.Create(CultureInfo.InvariantCulture, $"{what}: {progress.Read:N0} records, {rate:N0}/s");
        if (fraction is not { } done)
            return line;
        // The reader runs a buffer ahead of the store: a file read to its end is still being stored.
        if (done >= 1)
            return line + " · file read, storing the rest";
        line += string.Create(CultureInfo.InvariantCulture, $" · {done:P0} of the file");
        if (done > 0.01)
            line += " · about " + Left(TimeSpan.FromSeconds(elapsed.TotalSeconds * (1 - done) / done)) + " left";
        return line;
    }

    private async Task PlainAsync(Task running, FileReadMeter meter, long started, CancellationToken ct)
    {
        while (await Task.WhenAny(running, Task.Delay(PlainEvery, time, ct)) != running)
            await error.WriteLineAsync(Line(what, Volatile.Read(ref _latest).Progress, meter.Fraction, time.GetElapsedTime(started)));
    }

    private async Task LiveAsync(Task running, FileReadMeter meter)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(error) });
        await console.Progress()
            .AutoClear(true)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bar = context.AddTask(what, maxValue: 1000);
                while (await Task.WhenAny(running, Task.Delay(TimeSpan.FromMilliseconds(250))) != running)
                {
                    bar.Value = (meter.Fraction ?? 0) * 1000;
                    bar.Description = Markup.Escape(string.Create(CultureInfo.InvariantCulture, $"{what}: {Volatile.Read(ref _latest).Progress.Read:N0} records"));
                }

                bar.Value = 1000;
            });
    }

    private sealed record Latest(IngestProgress Progress);

    private static string Left(TimeSpan left) => left switch
    {
        { TotalHours: >= 1 } => $"{(int)left.TotalHours} h {left.Minutes} min",
        { TotalMinutes: >= 1 } => $"{(int)left.TotalMinutes} min",
        _ => $"{Math.Max(1, (int)left.TotalSeconds)} s",
    };
}
