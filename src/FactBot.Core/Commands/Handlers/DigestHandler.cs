using FactBot.Core.Abstractions;
using FactBot.Core.Digests;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/digest [watchlist]</c>: the digest this chat would get next, built now and given as the reply. It covers
/// the period since this chat's last scheduled digest (or the last day) and does not move that mark, so the
/// scheduled digest still covers everything.
/// </summary>
public sealed class DigestHandler(ISubscriptionStore subscriptions, IWatchlistStore watchlists, DigestService digests) : ICommandHandler
{
    public string Name => "digest";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var chat = context.Request.Chat;
        var mine = await subscriptions.ListForChatAsync(chat.Key, ct);
        // With no watchlist named, a chat subscribed to exactly one watchlist means that one.
        var watchlist = context.Arguments.Text("watchlist") ?? (mine.Count == 1 ? mine[0].Watchlist : Watchlist.MainName);
        if (!await SubscriptionLookups.WatchlistExistsAsync(watchlists, watchlist, ct))
            return await SubscriptionLookups.UnknownWatchlistAsync(watchlists, watchlist, ct);

        var subscription = mine.FirstOrDefault(s => s.Watchlist == watchlist)
            ?? new Subscription { Chat = chat, Watchlist = watchlist, IsDirectMessage = context.Request.IsDirectMessage };
        return new CommandReply(await digests.PreviewAsync(subscription, ct));
    }
}
