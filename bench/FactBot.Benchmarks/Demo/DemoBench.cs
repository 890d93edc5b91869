using System.Globalization;
using System.Text;
using FactBot.Benchmarks.Coordination;
using FactBot.Benchmarks.Infrastructure;
using FactBot.Core.Alerts;

namespace FactBot.Benchmarks.Demo;

/// <summary>
/// Issue 3 §6(c) / issue 2's target: the whole <c>factbot</c> process running the demo (no platform token, content
/// root = the repo through FACTBOT_HOME), median of 3 after one untimed run, under a minute on a 2-core machine; and
/// the replay part in-process. Counts the alerts the process prints.
/// </summary>
internal sealed class DemoBench : IBench
{
    public const string DatasetFile = "fistbump.factbot.jsonl.gz";
    private const int Runs = 3;
    private static readonly TimeSpan Target = TimeSpan.FromMinutes(1);

    // Empty values win over anything in appsettings or user secrets, so the host falls back to the demo.
    private static readonly string[] TokenVariables =
        ["FACTBOT__Telegram__Token", "FACTBOT__Discord__Token", "FACTBOT__TikTok__ClientKey", "FACTBOT__Mastodon__Instances__0"];

    public string Name => "demo";

    public string Description => "wall time of the whole `factbot` demo process (median of 3) and of its replay in-process; alerts printed";

    public async Task<BenchReport> RunAsync(BenchContext context, CancellationToken ct)
    {
        var factbot = FactbotCommand.Locate(context.FactbotDirectory);
        if (factbot is null)
            return new BenchReport($"**factbot is not built in {context.FactbotDirectory}** (build the bench in Release)\n", false);
        var demoFolder = Path.Combine(context.RepoRoot, "config", "demo");
        var environment = TokenVariables.ToDictionary(v => v, _ => "");
        environment["FACTBOT_HOME"] = context.RepoRoot;

        var runs = new List<ProcessTimer.Run>();
        for (var i = 0; i <= Runs; i++)
        {
            await context.Log.WriteLineAsync(i == 0 ? "demo process: untimed run" : $"demo process: run {i}/{Runs} (load: {MachineInfo.LoadAverage()})");
            var run = await ProcessTimer.RunAsync("dotnet", [factbot.Dll], environment, ct);
            if (run.ExitCode != 0)
                return new BenchReport($"**the demo exited with {run.ExitCode}**: {run.Stderr}\n", false);
            if (i > 0)
                runs.Add(run);
        }

        var inProcess = new List<InProcessDemo>();
        for (var i = 0; i < Runs; i++)
        {
            await context.Log.WriteLineAsync($"in-process replay {i + 1}/{Runs}");
            inProcess.Add(await InProcessDemo.RunAsync(demoFolder, ct));
        }

        return Report(runs, inProcess);
    }

    private static BenchReport Report(List<ProcessTimer.Run> runs, List<InProcessDemo> inProcess)
    {
        var c = CultureInfo.InvariantCulture;
        var printed = PrintedAlerts.Of(runs[0].Stdout);
        var consistent = runs.All(r => PrintedAlerts.Of(r.Stdout) == printed);
        var fired = inProcess[0].Fired;
        var wall = Stats.Median(runs.Select(r => r.Elapsed));
        var cpu = runs.Where(r => r.Cpu is not null).Select(r => r.Cpu!.Value).ToList();
        var table = new MarkdownTable("measure", $"median of {Runs} (min–max)", "note");
        table.Add("whole process, `dotnet factbot.dll` (demo)", Stats.Spread(runs.Select(r => r.Elapsed).ToList()),
            wall < Target ? "< 1 min: met" : "< 1 min: **missed**");
        table.Add("its CPU time (user+sys)", Stats.Spread(cpu), "less sensitive to the load than wall time");
        table.Add("in-process replay (sort, ingest, detect, close the last hour)", Stats.Spread(inProcess.Skip(1).Select(r => r.Replay).ToList()),
            $"warm; the first (cold JIT) took {Stats.Format(inProcess[0].Replay)}");
        table.Add("in-process set-up (compose, seed watchlists and labels)", Stats.Spread(inProcess.Skip(1).Select(r => r.Setup).ToList()),
            $"cold: {Stats.Format(inProcess[0].Setup)}");

        var text = new StringBuilder();
        text.Append(c, $"`factbot` with no platform token replays `config/demo/{DatasetFile}` ({inProcess[0].Stored:N0} posts) on a virtual clock into an in-memory ")
            .Append("store and prints alerts and a digest (Release build; FACTBOT_HOME = the repo; one untimed run first).\n\n")
            .Append(table).Append('\n')
            .Append(c, $"Alerts printed by the process: {printed.Total} ({printed.Volume} volume, {printed.StateMedia} state-media, {printed.Coordination} coordination) and {printed.Digests} digest")
            .Append(consistent ? ", the same in every run" : ", **not the same in every run**")
            .Append(c, $". In-process alerts opened: {string.Join(", ", Enum.GetValues<AlertKind>().Select(k => $"{k.ToSlug()} {fired.GetValueOrDefault(k)}"))}.\n");
        return new BenchReport(text.ToString(), consistent && printed.StateMedia > 0 && printed.Coordination > 0);
    }
}
