using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;

namespace FactBot.Core.Commands.Handlers;

/// <summary><c>/subscriptions</c>: this chat's subscriptions, with their state (active or suspended and why) and digests.</summary>
public sealed class SubscriptionsHandler(ISubscriptionStore subscriptions, IScheduleValidator schedules, TimeProvider time) : ICommandHandler
{
    public string Name => "subscriptions";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var mine = await subscriptions.ListForChatAsync(context.Request.Chat.Key, ct);
        if (mine.Count == 0)
            return CommandReply.Text("This chat has no subscriptions", "/subscribe to get alerts and digests here.");

        var now = time.GetUtcNow();
        var fields = mine.Select(s => new ChatField(s.Watchlist, Describe(s, now), Inline: false)).ToList();
        return new CommandReply(new ChatMessage
        {
            Title = $"This chat's subscriptions ({mine.Count})",
            Summary = mine.Any(s => s.SuspendedReason is not null)
                ? "A suspended subscription gets nothing until an admin runs /subscribe for it again."
                : "",
            Fields = fields,
            Footer = "/subscribe to change one, /unsubscribe to stop one.",
        });
    }

    private string Describe(Subscription subscription, DateTimeOffset now)
    {
        var lines = new List<string>
        {
            $"{SubscriptionText.Mode(subscription.Mode)} · minimum severity {subscription.MinSeverity} · {subscription.TimeZone}",
            $"quiet hours: {SubscriptionText.Quiet(subscription)}",
        };
        if (subscription.Mode != SubscriptionMode.Alerts)
        {
            lines.Add($"digests {SubscriptionText.Schedule(subscription)}");
            if (subscription.WantsDigests() && schedules.NextFireAfter(subscription.Schedule, subscription.ResolveTimeZone(), now) is { } next)
                lines.Add($"next digest {SubscriptionText.LocalTime(next, subscription)}");
        }

        lines.Add(SubscriptionText.State(subscription));
        return string.Join("\n", lines);
    }
}
