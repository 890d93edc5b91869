using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Digests;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/alerts [target] [kind] [since] [limit] [watchlist]</c>: recent alerts newest first, one line each (id · kind · target ·
/// severity · why), from one indexed range of the alert store.
/// </summary>
public sealed class AlertsHandler(IAlertStore alerts, TimeProvider time) : ICommandHandler
{
    private static readonly TimeSpan DefaultSince = TimeSpan.FromHours(24);
    private const int DefaultLimit = 10;
    private const int MaxScanned = 1000;

    public string Name => "alerts";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var arguments = context.Arguments;
        var target = arguments.Target("target");
        var kindSlug = arguments.Text("kind");
        var since = arguments.Duration("since") ?? DefaultSince;
        var limit = (int)(arguments.WholeNumber("limit") ?? DefaultLimit);
        var watchlist = arguments.Text("watchlist")?.ToLowerInvariant();
        var from = time.GetUtcNow() - since;

        // A watchlist is not an index of the alert store: read further back and keep the alerts that list was told of.
        var found = watchlist is null
            ? await alerts.QueryAsync(target?.Key, KindSlugs.Parse(kindSlug), from, limit, ct)
            : [.. (await alerts.QueryAsync(target?.Key, KindSlugs.Parse(kindSlug), from, MaxScanned, ct)).Where(a => a.IsFor(watchlist)).Take(limit)];
        var scope = Scope(target?.Key, kindSlug, watchlist, since);
        if (found.Count == 0)
        {
            return CommandReply.Text(
                $"No alerts {scope}",
                "Nothing fired (or changed) in that time. Try a longer since:7d, fewer filters, or /top for what is surging now.");
        }

        var footer = found.Count == limit
            ? $"The newest {limit} shown; narrow with target:/kind: or raise limit: (up to 50). /explain <id> for the evidence."
            : "/explain <id> for the evidence behind one.";
        return new CommandReply(new ChatMessage
        {
            Title = $"{Formats.Count(found.Count)} alert(s) {scope}",
            Summary = string.Join("\n", found.Select(DigestBuilder.Line)),
            Footer = footer,
        });
    }

    private static string Scope(string? target, string? kind, string? watchlist, TimeSpan since)
    {
        var parts = new List<string>();
        if (watchlist is not null)
            parts.Add($"for watchlist {watchlist}");
        if (kind is not null)
            parts.Add($"of kind {kind}");
        if (target is not null)
            parts.Add($"on {target}");
        parts.Add($"in the last {DurationWords.Of(since)}");
        return string.Join(" ", parts);
    }
}
