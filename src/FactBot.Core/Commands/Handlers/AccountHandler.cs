using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Digests;
using FactBot.Core.Labels;
using FactBot.Core.Messages;
using FactBot.Core.Posts;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/account handle [platform]</c>: the account's curated labels with their sources, the posts FactBot stored from
/// it (count, first and last seen), and the alerts whose evidence names it (its coordination groups above all).
/// Every read is an indexed look-up or a bounded recent range.
/// </summary>
public sealed class AccountHandler(ILabelStore labels, IPostStore posts, IAlertStore alerts, TimeProvider time) : ICommandHandler
{
    private static readonly TimeSpan AlertLookback = TimeSpan.FromDays(30);
    private const int AlertScan = 500;

    public string Name => "account";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var handle = PostNormalizer.Handle(context.Arguments.Text("handle")!);
        if (handle.Length == 0)
            return CommandReply.Usage("'handle' is empty once the '@' is removed.", context.Spec);
        var platform = context.Arguments.Text("platform") is { } given ? AccountPlatforms.Normalize(given) : null;

        var fields = new List<ChatField>();
        var links = new List<string>();
        var facts = new List<string>();
        var authorKeys = new HashSet<string>(StringComparer.Ordinal) { handle };
        foreach (var p in platform is null ? AccountPlatforms.All : [platform])
        {
            if (await labels.GetAsync(p, handle, ct) is { } label)
            {
                fields.Add(new ChatField($"Label · {p}", LabelText(label), Inline: false));
                facts.Add($"labelled {label.Category.ToDisplay()} on {p}");
                if (label.EvidenceUrl is { Length: > 0 } url)
                    links.Add(url);
            }

            var activity = await AccountActivity.ReadAsync(posts, p, handle, ct);
            if (activity.Posts > 0)
            {
                fields.Add(new ChatField($"Posts seen · {p}", ActivityText(activity), Inline: false));
                facts.Add($"{(activity.Capped ? "at least " : "")}{Formats.Count(activity.Posts)} post(s) seen on {p}");
                authorKeys.UnionWith(activity.AuthorKeys);
            }
        }

        var involved = await InvolvingAsync(authorKeys, handle, ct);
        var groups = involved.Where(a => a.Kind == AlertKind.Coordination).ToList();
        var others = involved.Where(a => a.Kind != AlertKind.Coordination).ToList();
        if (groups.Count > 0)
        {
            fields.Add(new ChatField("Coordination groups", string.Join("\n", groups.Select(DigestBuilder.Line)), Inline: false));
            facts.Add($"in {groups.Count} coordination group(s)");
        }

        if (others.Count > 0)
            fields.Add(new ChatField("Other alerts naming it", string.Join("\n", others.Select(DigestBuilder.Line)), Inline: false));

        var where = platform is null ? "" : $" on {platform}";
        if (fields.Count == 0)
        {
            return CommandReply.Text(
                $"Nothing known about @{handle}{where}",
                $"FactBot has no label, no stored posts and no alerts in the last {AlertLookback.TotalDays:0} days for @{handle}{where}. " +
                "Check the spelling (handles are matched without '@', ignoring case), name the platform with platform:, or see /label list.",
                ephemeral: true);
        }

        return new CommandReply(new ChatMessage
        {
            Title = $"Account @{handle}{where}",
            Summary = facts.Count == 0 ? $"@{handle} is named in alerts only." : $"@{handle}: {string.Join("; ", facts)}.",
            Fields = fields,
            Links = links,
            Footer = involved.Count > 0
                ? $"/explain {involved[0].Id} for an alert's evidence. Alerts from the last {AlertLookback.TotalDays:0} days and all open ones."
                : "Labels come from curated lists and admins, never from the platform.",
        });
    }

    private async Task<List<Alert>> InvolvingAsync(IReadOnlySet<string> authorKeys, string handle, CancellationToken ct)
    {
        var recent = await alerts.QueryAsync(null, null, time.GetUtcNow() - AlertLookback, AlertScan, ct);
        var open = await alerts.GetOpenAsync(ct);

        // Labelled accounts are stored as "handle (category, source)…", accounts by author key.
        var labelled = handle + " (";
        return [.. recent.Concat(open)
            .DistinctBy(a => a.Id, StringComparer.Ordinal)
            .Where(a => a.Evidence.Accounts.Any(authorKeys.Contains)
                || a.Evidence.LabelledAccounts.Any(l => l.StartsWith(labelled, StringComparison.OrdinalIgnoreCase)))
            .OrderByDescending(a => a.UpdatedAt)
            .ThenBy(a => a.Id, StringComparer.Ordinal)];
    }

    private static string LabelText(AccountLabel label)
    {
        var parts = new List<string> { label.Category.ToDisplay() };
        if (label.Country is { Length: > 0 } country)
            parts.Add(country);
        if (label.Outlet is { Length: > 0 } outlet)
            parts.Add($"outlet {outlet}");
        parts.Add($"source {label.Source}");
        if (label.EvidenceUrl is { Length: > 0 } url)
            parts.Add($"evidence {url}");
        if (label.ValidFrom is { } from)
            parts.Add($"valid from {Formats.Time(from)}");
        if (label.ValidTo is { } to)
            parts.Add($"valid until {Formats.Time(to)}");
        return string.Join(" · ", parts);
    }

    private static string ActivityText(AccountActivity activity) => activity.Capped
        ? $"at least {Formats.Count(activity.Posts)} · first seen on or before {Formats.Time(activity.First!.Value)} · last seen {Formats.Time(activity.Last!.Value)}"
        : $"{Formats.Count(activity.Posts)} · first seen {Formats.Time(activity.First!.Value)} · last seen {Formats.Time(activity.Last!.Value)}";
}
