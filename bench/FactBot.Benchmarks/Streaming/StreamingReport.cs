using System.Globalization;
using System.Text;
using FactBot.Benchmarks.Infrastructure;
using FactBot.Core.Alerts;

namespace FactBot.Benchmarks.Streaming;

/// <summary>The markdown of the streaming bench: throughput, stages, memory, alerts, and the per-detector breakdown.</summary>
internal static class StreamingReport
{
    private const double TargetPostsPerSecond = 200_000;
    private const long TargetBytes = 500L * 1024 * 1024;

    public static BenchReport Build(StreamScenario s, StreamRun run, PlantedRecall recall, DetectorProfile? profile, string load, bool full)
    {
        var c = CultureInfo.InvariantCulture;
        var text = new StringBuilder();
        var rate = run.Posts / run.Detection.TotalSeconds;
        var planted = s.Events.Count;
        text.Append(c, $"{run.Posts:N0} generated TikTok-like posts ({planted:N0} of them planted) over {StreamScenario.TargetCount:N0} watched targets ")
            .Append(c, $"({s.Hashtags.Count:N0} hashtags, {s.Sounds.Count:N0} sounds, Zipf-like popularity), {s.Days} virtual days with a daily rhythm; ")
            .Append(c, $"{StreamScenario.Authors:N0} ordinary accounts and {StreamScenario.LabelledAccounts} state-media-labelled ones (1.5% of posts); ")
            .Append(c, $"planted: {PlantedEvents.Surges.Length} volume surges, {PlantedEvents.Floods.Length} state-media floods, ")
            .Append(c, $"{StreamScenario.Groups} coordinated groups of {StreamScenario.GroupSize} ({StreamScenario.BurstsPerGroup} bursts each). ")
            .Append("Posts are generated on the fly, normalised and label-joined, then fed to `DetectionEngine.ObserveAsync` in runs as the ")
            .Append("ingest pipeline forms them (at most a batch of 256, ending where a replay step closes bins) with the real detectors from ")
            .Append("`AddFactBotCore` (volume, state-media, coordination; side by side, one lane per processor), and `AdvanceAsync` runs ")
            .Append("whenever virtual time crosses a minute (the pipeline's replay step); alerts go to an in-memory LiteDB store ")
            .Append("(`AddFactBotStorage`, `:memory:`). The worker's GC settings (blocking GC, young generation capped at 96 MB, ConserveMemory 9). ")
            .Append(c, $"Single pass, Release. Load average when the run started: {load}.\n\n");
        if (!full)
            text.Append("**Scaled-down run (FACTBOT_BENCH_POSTS): not the 5M-post figure.**\n\n");

        var main = new MarkdownTable("measure", "value", "target");
        main.Add("detection path throughput (normalise + label join + replay clock + advance + observe)", $"**{rate:N0} posts/s** ({Stats.Format(run.Detection)})",
            rate >= TargetPostsPerSecond ? "≥ 200,000: met" : "≥ 200,000: **missed**");
        main.Add("same, per CPU-second of the process (the machine is shared: see the load)", $"{run.Posts / run.Cpu.TotalSeconds:N0} posts/s (CPU {Stats.Format(run.Cpu)}, generation included)", "–");
        main.Add("end to end, generation included", $"{run.Posts / run.Wall.TotalSeconds:N0} posts/s ({Stats.Format(run.Wall)})", "–");
        main.Add("peak working set (process)", MemoryProbe.Mib(run.PeakWorkingSet), run.PeakWorkingSet < TargetBytes ? "< 500 MB: met" : "< 500 MB: **missed**");
        main.Add("peak GC heap after a collection (sampled every 100k posts)", MemoryProbe.Mib(run.Memory.PeakHeapAfterGc), "–");
        main.Add("peak GC committed", MemoryProbe.Mib(run.Memory.PeakCommitted), "–");
        main.Add(
            "garbage collections during the run (gen0 / gen1 / gen2) and the time they paused the process",
            $"{run.Gc.Gen0:N0} / {run.Gc.Gen1:N0} / {run.Gc.Gen2:N0}; paused {Stats.Format(run.Gc.Pause)}",
            "–");
        main.Add("live managed state at the end (after a full GC)", MemoryProbe.Mib(run.LiveAfter), "–");
        main.Add("coordination detector: most shares indexed / co-shares held (24 h lookback)", $"{run.Memory.PeakObjects:N0} / {run.Memory.PeakCoShares:N0}", "–");
        var held = run.Memory.PeakHeld;
        main.Add(
            "coordination detector: its tables at their largest (posts / accounts / share index / account counts)",
            $"{MemoryProbe.Mib(held.Posts)} / {MemoryProbe.Mib(held.Accounts)} / {MemoryProbe.Mib(held.Shares)} / {MemoryProbe.Mib(held.Frequencies)}",
            "–");
        text.Append(main).Append('\n');

        var stages = new MarkdownTable("stage", "time", "share of detection path", "ns/post", "allocated B/post");
        var detection = run.Detection.TotalMilliseconds;
        foreach (var (name, stage) in new[] { ("generate (not counted)", run.Generate), ("normalise + label join + replay clock", run.Prepare), ("AdvanceAsync (each minute)", run.Advance), ("ObserveAsync", run.Observe) })
        {
            var share = name.StartsWith("generate", StringComparison.Ordinal) ? "–" : (stage.Time.TotalMilliseconds / detection).ToString("P0", c);
            stages.Add(name, Stats.Format(stage.Time), share, (stage.Time.TotalNanoseconds / run.Posts).ToString("F0", c), ((double)stage.AllocatedBytes / run.Posts).ToString("F0", c));
        }

        text.Append("Stages (Stopwatch timestamps around each; allocations of all threads from `GC.GetTotalAllocatedBytes`):\n\n").Append(stages).Append('\n');

        var fired = string.Join(", ", Enum.GetValues<AlertKind>().Select(k => $"{k.ToSlug()} {run.Tally.Fired.GetValueOrDefault(k)}"));
        text.Append(c, $"Alerts fired (opened or re-opened): {run.Tally.Fired.Values.Sum():N0} ({fired}); {run.Tally.Changes:N0} alert changes in all.\n")
            .Append(c, $"Planted events found: volume surges {recall.Surges}/{PlantedEvents.Surges.Length} targets, state-media floods {recall.Floods}/{PlantedEvents.Floods.Length}, ")
            .Append(c, $"coordinated groups {recall.Groups}/{StreamScenario.Groups}; coordination alerts on no planted group: {recall.OtherCoordinationAlerts}.\n\n");

        if (profile is not null)
            AppendProfile(text, profile, profile.Posts);
        return new BenchReport(text.ToString(), true);
    }

    private static void AppendProfile(StringBuilder text, DetectorProfile p, long posts)
    {
        var c = CultureInfo.InvariantCulture;
        var parts = new List<(string Name, Stage Stage)> { ("TargetMatcher.Match", p.Match) };
        foreach (var (name, observe, advance) in p.Detectors)
        {
            parts.Add(($"{name}: Observe", observe));
            parts.Add(($"{name}: Advance", advance));
        }

        parts.Add(("AlertEngine.ApplyAsync", p.Alerts));
        var total = parts.Sum(x => x.Stage.Time.TotalMilliseconds);
        var table = new MarkdownTable("part", "time", "share", "ns/post", "allocated B/post", "calls");
        foreach (var (name, stage) in parts.OrderByDescending(x => x.Stage.Time))
        {
            table.Add(name, Stats.Format(stage.Time), (stage.Time.TotalMilliseconds / total).ToString("P0", c),
                (stage.Time.TotalNanoseconds / posts).ToString("F0", c), ((double)stage.AllocatedBytes / posts).ToString("F0", c), stage.Calls.ToString("N0", c));
        }

        text.Append(c, $"Where the time goes (a second pass, {posts:N0} posts of the same scenario, calling each detector directly; wall time, so shares matter more than absolutes on a loaded machine; {p.Signals:N0} signals):\n\n").Append(table);
    }
}
