using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/subscribe [watchlist] [mode] [schedule] [tz] [quiet] [min-severity] [critical] [empty-digests]</c>: creates or updates this chat's
/// subscription to a watchlist (options not given keep their stored value), re-activates a suspended one, and
/// answers with the subscription as stored. Channel subscriptions are admin changes and go to the audit log.
/// </summary>
public sealed class SubscribeHandler(
    SubscriptionManager manager,
    ISubscriptionStore subscriptions,
    IWatchlistStore watchlists,
    IScheduleValidator schedules,
    IAuditLog audit,
    TimeProvider time) : ICommandHandler
{
    public string Name => "subscribe";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var args = context.Arguments;
        var request = context.Request;
        var watchlist = args.Text("watchlist") ?? Watchlist.MainName;
        if (!await SubscriptionLookups.WatchlistExistsAsync(watchlists, watchlist, ct))
            return await SubscriptionLookups.UnknownWatchlistAsync(watchlists, watchlist, ct);

        string? cron = null;
        if (args.Text("schedule") is { } schedule)
        {
            var parsed = DigestSchedule.ToCron(schedule);
            if (!parsed.IsSuccess)
                return CommandReply.Usage(parsed.Error.Message, context.Spec);
            var valid = schedules.Validate(parsed.Value);
            if (!valid.IsSuccess)
                return CommandReply.Usage(valid.Error!.Message, context.Spec);
            cron = parsed.Value;
        }

        var now = time.GetUtcNow();
        var fresh = new Subscription { Chat = request.Chat, Watchlist = watchlist, CreatedAt = now, CreatedBy = context.Actor };
        var before = await subscriptions.GetAsync(fresh.Id, ct);
        var after = (before ?? fresh) with
        {
            Mode = args.Text("mode") is { } mode ? Enum.Parse<SubscriptionMode>(mode, ignoreCase: true) : (before ?? fresh).Mode,
            Schedule = cron ?? (before ?? fresh).Schedule,
            TimeZone = args.Text("tz") ?? (before ?? fresh).TimeZone,
            Quiet = args.Quiet("quiet") is { } quiet ? (quiet.IsOff ? null : quiet) : (before ?? fresh).Quiet,
            MinSeverity = args.Severity("min-severity") ?? (before ?? fresh).MinSeverity,
            CriticalBypassesQuiet = args.Text("critical") is { } critical ? critical == "through" : (before ?? fresh).CriticalBypassesQuiet,
            SendEmptyDigest = args.Text("empty-digests") is { } empty ? empty == "on" : (before ?? fresh).SendEmptyDigest,
            IsDirectMessage = request.IsDirectMessage,
            SuspendedReason = null,
        };
        await manager.SaveAsync(after, ct);
        if (!request.IsDirectMessage)
            await AuditAsync(context, before, after, now, ct);

        var next = after.WantsDigests() ? schedules.NextFireAfter(after.Schedule, after.ResolveTimeZone(), now) : null;
        return new CommandReply(new ChatMessage
        {
            Title = before is null ? $"Subscribed this chat to {watchlist}" : $"Updated this chat's subscription to {watchlist}",
            Summary = Summary(before, after),
            Fields = SubscriptionText.Fields(after, next),
            Footer = "/unsubscribe to stop, /subscriptions to see this chat's subscriptions, /digest for a digest now.",
        });
    }

    private static string Summary(Subscription? before, Subscription after)
    {
        var text = before?.SuspendedReason is { } reason ? $"Re-activated (it was suspended: {reason}). " : "";
        if (after.Mode == SubscriptionMode.Alerts && after.Quiet is not null)
            text += "Alerts held in quiet hours show up in /digest (this subscription sends no digests).";
        return text.TrimEnd();
    }

    private Task AuditAsync(CommandContext context, Subscription? before, Subscription after, DateTimeOffset now, CancellationToken ct) =>
        audit.AppendAsync(new AuditEntry
        {
            At = now,
            Actor = context.Actor,
            Action = "subscribe",
            Subject = after.Id,
            Before = before is null ? null : SubscriptionText.Audit(before),
            After = SubscriptionText.Audit(after),
            Chat = context.Request.Chat.Key,
        }, ct);
}
