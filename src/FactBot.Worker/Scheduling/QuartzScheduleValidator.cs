using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Scheduling;

/// <summary>
/// Judges digest crons with Quartz's own parser, so <c>/subscribe</c> accepts exactly what the scheduler runs, and
/// computes next fire times in the subscriber's zone as the scheduler will (daylight-saving changes included).
/// </summary>
internal sealed class QuartzScheduleValidator(TimeProvider time, IOptions<DigestSchedulingOptions> options) : IScheduleValidator
{
    // Fire times looked at for the shortest gap: enough to see a schedule's pattern over a day or two.
    private const int GapsLookedAt = 48;

    public Result Validate(string cron)
    {
        var fields = cron.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length == 5)
        {
            // Quartz's own message for this case addresses programmers (it names its API); say it for chat users.
            return new InvalidArgument("schedule",
                $"'schedule' \"{cron}\" looks like a Unix cron; Quartz cron starts with seconds, e.g. \"0 {cron}\", " +
                "and its days of week run 1-7 from Sunday, so use names (MON…SUN) there.");
        }

        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron);
        }
        catch (FormatException ex)
        {
            // Quartz's messages name the field at fault and what it allows.
            return new InvalidArgument("schedule", $"'schedule' is not a Quartz cron: {ex.Message}");
        }

        if (expression.GetNextValidTimeAfter(time.GetUtcNow()) is not { } next)
            return new InvalidArgument("schedule", $"'schedule' \"{cron}\" never fires again.");
        var gap = ShortestGap(expression, next);
        var least = options.Value.MinInterval;
        return gap < least
            ? new InvalidArgument("schedule",
                $"'schedule' \"{cron}\" sends a digest every {Span(gap)}; digests come at most once every {Span(least)} (Worker:Digests:MinInterval). Try hourly or daily@09:00.")
            : Result.Ok();
    }

    private static TimeSpan ShortestGap(CronExpression expression, DateTimeOffset first)
    {
        var shortest = TimeSpan.MaxValue;
        var previous = first;
        for (var i = 0; i < GapsLookedAt && expression.GetNextValidTimeAfter(previous) is { } next; i++)
        {
            shortest = next - previous < shortest ? next - previous : shortest;
            previous = next;
        }

        return shortest;
    }

    private static string Span(TimeSpan gap) => gap.TotalMinutes >= 1 ? $"{gap.TotalMinutes:0.#} min" : $"{gap.TotalSeconds:0.#} s";

    public DateTimeOffset? NextFireAfter(string cron, TimeZoneInfo zone, DateTimeOffset after) =>
        CronExpression.TryParse(cron, out var expression) && expression is not null
            ? new CronExpression(expression.ToString(), zone).GetNextValidTimeAfter(after)
            : null;
}
