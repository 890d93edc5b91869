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
        CronExpression expression;
        try
        {
            expression = CronExpression.Parse(cron);
        }
        catch (FormatException ex)
        {
            // Quartz's messages name the field and the fix (5-field Unix crons get told to add seconds).
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
