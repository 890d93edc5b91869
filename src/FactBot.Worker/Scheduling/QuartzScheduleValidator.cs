using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using Quartz;

namespace FactBot.Worker.Scheduling;

/// <summary>
/// Judges digest crons with Quartz's own parser, so <c>/subscribe</c> accepts exactly what the scheduler runs, and
/// computes next fire times in the subscriber's zone as the scheduler will (daylight-saving changes included).
/// </summary>
internal sealed class QuartzScheduleValidator(TimeProvider time) : IScheduleValidator
{
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

        return expression.GetNextValidTimeAfter(time.GetUtcNow()) is null
            ? new InvalidArgument("schedule", $"'schedule' \"{cron}\" never fires again.")
            : Result.Ok();
    }

    public DateTimeOffset? NextFireAfter(string cron, TimeZoneInfo zone, DateTimeOffset after) =>
        CronExpression.TryParse(cron, out var expression) && expression is not null
            ? new CronExpression(expression.ToString(), zone).GetNextValidTimeAfter(after)
            : null;
}
