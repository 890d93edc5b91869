using FactBot.Core.Results;

namespace FactBot.Core.Subscriptions;

/// <summary>
/// Judges digest cron expressions and says when they fire. Core cannot reference Quartz, so it ships a shape check
/// (<see cref="CronShapeValidator"/>); the worker replaces it with one backed by Quartz's own parser, so what
/// <c>/subscribe</c> accepts is exactly what the scheduler can run.
/// </summary>
public interface IScheduleValidator
{
    /// <summary>Success, or an <see cref="InvalidArgument"/> for option <c>schedule</c> saying what is wrong.</summary>
    Result Validate(string cron);

    /// <summary>The first fire time strictly after <paramref name="after"/> with the cron read in
    /// <paramref name="zone"/>; null when it never fires again or this validator cannot tell.</summary>
    DateTimeOffset? NextFireAfter(string cron, TimeZoneInfo zone, DateTimeOffset after);
}
