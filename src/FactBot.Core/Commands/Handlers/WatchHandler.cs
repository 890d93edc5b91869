using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/watch add|remove|list</c>: the targets of a watchlist (default <c>main</c>). A change is audited and reaches
/// the detectors at once through <see cref="WatchlistRegistry.ReloadAsync"/>; asking for what is already so
/// changes nothing and writes no audit entry.
/// </summary>
public sealed class WatchHandler(
    IWatchlistStore watchlists, WatchlistRegistry registry, IAuditLog audit, SurgeOptions defaults, TimeProvider time) : ICommandHandler
{
    private readonly AdminChangeLog _changes = new(audit, time);

    public string Name => "watch";

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default) => context.Spec.Subcommand switch
    {
        "add" => WatchlistEdits.SerialisedAsync(() => AddAsync(context, ct), ct),
        "remove" => WatchlistEdits.SerialisedAsync(() => RemoveAsync(context, ct), ct),
        _ => ListAsync(context, ct),
    };

    private async Task<CommandReply> AddAsync(CommandContext context, CancellationToken ct)
    {
        var target = context.Arguments.Target("target")!;
        if (context.Arguments.Text("platforms") is { } platformText)
        {
            var platforms = KnownPlatforms.ParseList("platforms", platformText);
            if (!platforms.IsSuccess)
                return CommandReply.Usage(platforms.Error.Message, context.Spec);
            target = target with { Platforms = platforms.Value };
        }

        var name = WatchlistName(context);
        if (await WatchlistEdits.FindAsync(watchlists, name, ct) is not { } watchlist)
            return AdminReplies.WatchlistNotFound(name, await watchlists.ListAsync(ct));
        if (watchlist.Targets.FirstOrDefault(t => t.Key == target.Key) is { } existing)
        {
            return AdminReplies.Unchanged(
                $"{target.Key} is already on {name}",
                $"It is watched on {KnownPlatforms.Describe(existing.Platforms)}. To change its platforms, /watch remove it and add it again.");
        }

        var after = watchlist with { Targets = [.. watchlist.Targets, target] };
        await watchlists.UpsertAsync(after, ct);
        await _changes.RecordAsync(context, $"{target.Key} in {name}", null, AuditJson.Target(target), ct);
        await registry.ReloadAsync(ct);
        return new CommandReply(WatchlistView.Create(
            $"Now watching {target.Key} on {name}", after, defaults, $"Watched on {KnownPlatforms.Describe(target.Platforms)}."));
    }

    private async Task<CommandReply> RemoveAsync(CommandContext context, CancellationToken ct)
    {
        var key = context.Arguments.Target("target")!.Key;
        var name = WatchlistName(context);
        if (await WatchlistEdits.FindAsync(watchlists, name, ct) is not { } watchlist)
            return AdminReplies.WatchlistNotFound(name, await watchlists.ListAsync(ct));
        if (watchlist.Targets.FirstOrDefault(t => t.Key == key) is not { } existing)
            return AdminReplies.Unchanged($"{key} is not on {name}", $"See what {name} watches with /watch list watchlist:{name}.");

        var after = watchlist with { Targets = [.. watchlist.Targets.Where(t => t.Key != key)] };
        await watchlists.UpsertAsync(after, ct);
        await _changes.RecordAsync(context, $"{key} in {name}", AuditJson.Target(existing), null, ct);
        await registry.ReloadAsync(ct);
        return new CommandReply(WatchlistView.Create($"Stopped watching {key} on {name}", after, defaults));
    }

    private async Task<CommandReply> ListAsync(CommandContext context, CancellationToken ct)
    {
        var name = WatchlistName(context);
        return await WatchlistEdits.FindAsync(watchlists, name, ct) is { } watchlist
            ? new CommandReply(WatchlistView.Create($"Watchlist {name}", watchlist, defaults))
            : AdminReplies.WatchlistNotFound(name, await watchlists.ListAsync(ct));
    }

    private static string WatchlistName(CommandContext context) => context.Arguments.Text("watchlist") ?? Watchlist.MainName;
}
