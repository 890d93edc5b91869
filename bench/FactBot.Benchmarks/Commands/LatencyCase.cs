using FactBot.Core.Commands;
using FactBot.Core.Subscriptions;

namespace FactBot.Benchmarks.Commands;

/// <summary>
/// One command shape timed many times through the dispatcher: the text a volunteer types (a fresh random target or
/// alert each run), parsed outside the timing, then <see cref="CommandDispatcher.DispatchAsync"/> timed alone.
/// A reply that is an error (usage, refusal, "went wrong", unknown alert) counts as a failure.
/// </summary>
internal sealed record LatencyCase(string Label, Func<Random, string> Text, int Runs, bool Targeted = true)
{
    private const int WarmUp = 30;
    private static readonly CommandCaller Volunteer = new("console", "bench", "Bench volunteer");
    private static readonly string[] ErrorTitles = ["Something went wrong on our side", "That command needs fixing", "Not allowed"];

    public async Task<LatencyResult> MeasureAsync(CommandDispatcher dispatcher, int seed, CancellationToken ct)
    {
        var random = new Random(seed);
        for (var i = 0; i < WarmUp; i++)
            await dispatcher.DispatchAsync(Request(Text(random)), ct);

        var times = new double[Runs];
        var failures = new List<string>();
        var charts = 0;
        string? example = null;
        for (var i = 0; i < Runs; i++)
        {
            var text = Text(random);
            var request = Request(text);
            var start = TimeProvider.System.GetTimestamp();
            var reply = await dispatcher.DispatchAsync(request, ct);
            times[i] = TimeProvider.System.GetElapsedTime(start).TotalMilliseconds;
            example ??= text;
            if (reply.Message.ChartPng is { Length: > 0 })
                charts++;
            if (ErrorTitles.Contains(reply.Message.Title) || reply.Message.Title.StartsWith("No alert ", StringComparison.Ordinal))
                failures.Add($"{text} → {reply.Message.Title}: {reply.Message.Summary}");
        }

        Array.Sort(times);
        return new LatencyResult(this, Percentile(times, 0.50), Percentile(times, 0.95), Percentile(times, 0.99), times[^1], failures, charts, example!);
    }

    private static CommandRequest Request(string text) =>
        TextCommandParser.Parse(text, Volunteer, ChatRef.Console, isDirectMessage: false) is { IsSuccess: true } parsed
            ? parsed.Value!
            : throw new InvalidOperationException($"The bench wrote a command that does not parse: {text}");

    /// <summary>Nearest rank: the smallest time at or below which at least <paramref name="p"/> of the runs fall.</summary>
    private static double Percentile(double[] sorted, double p) =>
        sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}
