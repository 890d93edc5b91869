using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Digests;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/alerts [target] [kind] [since] [limit]</c>: recent alerts newest first, one line each (id · kind · target ·
/// severity · why), from one indexed range of the alert store.
/// </summary>
public sealed class AlertsHandler(IAlertStore alerts, TimeProvider time) : ICommandHandler
{
    private static readonly TimeSpan DefaultSince = TimeSpan.FromHours(24);
    private const int DefaultLimit = 10;

    public string Name => "alerts";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var arguments = context.Arguments;
        var target = arguments.Target("target");
        var kindSlug = arguments.Text("kind");
        var since = arguments.Duration("since") ?? DefaultSince;
        var limit = (int)(arguments.WholeNumber("limit") ?? DefaultLimit);
        var from = time.GetUtcNow() - since;

        var found = await alerts.QueryAsync(target?.Key, KindSlugs.Parse(kindSlug), from, limit, ct);
        var scope = Scope(target?.Key, kindSlug, since);
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

    private static string Scope(string? target, string? kind, TimeSpan since)
    {
        var parts = new List<string>();
        if (kind is not null)
            parts.Add($"of kind {kind}");
        if (target is not null)
            parts.Add($"on {target}");
        parts.Add($"in the last {DurationWords.Of(since)}");
        return string.Join(" ", parts);
    }
}
