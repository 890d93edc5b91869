using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/watchlist create|delete|list|set</c>. Deleting a watchlist that chats subscribe to still deletes it (an
/// admin of one chat cannot unsubscribe the others, so refusing would make it undeletable) and says how many
/// subscriptions pointed at it; those subscriptions are kept, get nothing while the list is gone, and resume if
/// a watchlist of that name is created again. <c>main</c> cannot be deleted.
/// </summary>
public sealed class WatchlistHandler(
    IWatchlistStore watchlists,
    ISubscriptionStore subscriptions,
    WatchlistRegistry registry,
    IAuditLog audit,
    SurgeOptions defaults,
    TimeProvider time) : ICommandHandler
{
    /// <summary>Watchlists shown as fields; Discord allows 25 fields per embed.</summary>
    internal const int MaxListed = 20;

    private readonly AdminChangeLog _changes = new(audit, time);

    public string Name => "watchlist";

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default) => context.Spec.Subcommand switch
    {
        "create" => WatchlistEdits.SerialisedAsync(() => CreateAsync(context, ct), ct),
        "delete" => WatchlistEdits.SerialisedAsync(() => DeleteAsync(context, ct), ct),
        "set" => WatchlistEdits.SerialisedAsync(() => SetAsync(context, ct), ct),
        _ => ListAsync(ct),
    };

    private async Task<CommandReply> CreateAsync(CommandContext context, CancellationToken ct)
    {
        var name = context.Arguments.Text("name")!;
        if (await WatchlistEdits.FindAsync(watchlists, name, ct) is { } existing)
        {
            return AdminReplies.Unchanged(
                $"Watchlist {name} already exists",
                $"It has {WatchlistView.CountTargets(existing.Targets.Count)}; see them with /watch list watchlist:{name}.");
        }

        var created = new Watchlist { Name = name, OwnerChat = context.Request.Chat.Key };
        await watchlists.UpsertAsync(created, ct);
        await _changes.RecordAsync(context, name, null, AuditJson.Watchlist(created), ct);
        await registry.ReloadAsync(ct);
        return new CommandReply(WatchlistView.Create($"Created watchlist {name}", created, defaults));
    }

    private async Task<CommandReply> DeleteAsync(CommandContext context, CancellationToken ct)
    {
        var name = context.Arguments.Text("name")!;
        if (name == Watchlist.MainName)
        {
            return CommandReply.Text(
                "The main watchlist cannot be deleted",
                "It is where targets and subscriptions go when no watchlist is named. Remove its targets with /watch remove instead.",
                ephemeral: true);
        }

        if (await watchlists.GetAsync(name, ct) is not { } existing)
            return AdminReplies.WatchlistNotFound(name, await watchlists.ListAsync(ct));

        await watchlists.DeleteAsync(name, ct);
        await _changes.RecordAsync(context, name, AuditJson.Watchlist(existing), null, ct);
        await registry.ReloadAsync(ct);
        var subscribed = (await subscriptions.ListAsync(ct)).Count(s => s.Watchlist == name);
        var note = subscribed == 0
            ? "No chat was subscribed to it."
            : $"{Formats.Count(subscribed)} subscription(s) pointed at it. They are kept but get nothing until a watchlist " +
              $"named {name} exists again; each chat can remove its own with /unsubscribe watchlist:{name}.";
        return CommandReply.Text(
            $"Deleted watchlist {name}",
            $"It had {WatchlistView.CountTargets(existing.Targets.Count)} ({ThresholdSettings.Line(existing.Thresholds, defaults)}).\n{note}");
    }

    private async Task<CommandReply> SetAsync(CommandContext context, CancellationToken ct)
    {
        var name = context.Arguments.Text("name")!;
        var key = context.Arguments.Text("key")!;
        var value = context.Arguments.Number("value")!.Value;
        // Checked before the lookup so a bad value gets its usage reply whichever watchlist it names.
        var valid = ThresholdSettings.Apply(DetectorThresholds.None, key, value);
        if (!valid.IsSuccess)
            return CommandReply.Usage(valid.Error.Message, context.Spec);
        if (await WatchlistEdits.FindAsync(watchlists, name, ct) is not { } watchlist)
            return AdminReplies.WatchlistNotFound(name, await watchlists.ListAsync(ct));

        var thresholds = ThresholdSettings.Apply(watchlist.Thresholds, key, value).Value!;
        var before = ThresholdSettings.Describe(watchlist.Thresholds, defaults, key);
        var after = ThresholdSettings.Describe(thresholds, defaults, key);
        if (thresholds == watchlist.Thresholds)
            return AdminReplies.Unchanged($"{key} of {name} is already {after}", "Pick another value to change it.");

        var changed = watchlist with { Thresholds = thresholds };
        await watchlists.UpsertAsync(changed, ct);
        await _changes.RecordAsync(context, $"{name} {key}", before, after, ct);
        await registry.ReloadAsync(ct);
        return new CommandReply(WatchlistView.Create($"{key} of {name}: {before} → {after}", changed, defaults));
    }

    private async Task<CommandReply> ListAsync(CancellationToken ct)
    {
        var all = (await watchlists.ListAsync(ct)).ToList();
        if (!all.Any(w => w.Name == Watchlist.MainName))
            all.Insert(0, new Watchlist { Name = Watchlist.MainName });
        var fields = all.Take(MaxListed).Select(w => new ChatField(
            w.Name,
            $"{WatchlistView.CountTargets(w.Targets.Count)} · {ThresholdSettings.Line(w.Thresholds, defaults)}",
            Inline: false));
        return new CommandReply(new ChatMessage
        {
            Title = $"Watchlists ({Formats.Count(all.Count)})",
            Summary = all.Count > MaxListed ? $"The first {MaxListed} are shown; and {all.Count - MaxListed} more." : "",
            Fields = [.. fields],
            Footer = "See a watchlist's targets with /watch list watchlist:<name>. Values marked (default) come from the detector settings.",
        });
    }
}
