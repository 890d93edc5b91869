using FactBot.Core.Watchlists;

namespace FactBot.Core.Commands.Admin;

/// <summary>The replies admin commands share: not found (with what exists) and "nothing changed".</summary>
internal static class AdminReplies
{
    private const int MaxNames = 30;

    public static CommandReply WatchlistNotFound(string name, IReadOnlyList<Watchlist> existing)
    {
        var names = existing.Select(w => w.Name).Append(Watchlist.MainName).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var shown = string.Join(", ", names.Take(MaxNames)) + (names.Count > MaxNames ? $" and {names.Count - MaxNames} more" : "");
        return CommandReply.Text(
            $"No watchlist '{name}'",
            $"Watchlists here: {shown}.\nCreate it with /watchlist create {name}, or see them all with /watchlist list.",
            ephemeral: true);
    }

    /// <summary>The command was valid but asked for what is already so; nothing was changed or audited.</summary>
    public static CommandReply Unchanged(string title, string why) =>
        CommandReply.Text(title, why + "\nNothing was changed.", ephemeral: true);
}
