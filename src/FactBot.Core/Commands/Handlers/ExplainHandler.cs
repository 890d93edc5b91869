using FactBot.Core.Abstractions;
using FactBot.Core.Alerts;
using FactBot.Core.Commands.Queries;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/explain alert</c>: everything stored with one alert (its numbers by name, explanation, window, severity,
/// accounts, objects, example posts, verdicts, lifecycle). Nothing is recomputed: the only other reads are the
/// example posts by key, for a snippet of their text.
/// </summary>
public sealed class ExplainHandler(IAlertStore alerts, IPostStore posts) : ICommandHandler
{
    private const int MaxPosts = 8;
    private const int MaxAccounts = 20;
    private const int MaxLabelled = 15;
    private const int MaxObjects = 10;
    private const int MaxLinks = 10;
    private const int SnippetLength = 120;

    public string Name => "explain";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var id = context.Arguments.Text("alert")!;
        if (await alerts.GetAsync(id, ct) is not { } alert)
        {
            return CommandReply.Text(
                $"No alert {id}",
                $"FactBot has no alert with the id {id}. /alerts lists recent ones (add since:7d or since:30d for older ones).",
                ephemeral: true);
        }

        var evidence = alert.Evidence;
        var fields = new List<ChatField>
        {
            new("Status", StatusText(alert)),
            new("Severity", $"{alert.Severity} ({Formats.Percent(alert.Confidence)} confidence)"),
            new("Window", Formats.Window(alert.WindowStart, alert.WindowEnd)),
            new("Watchlist", alert.Watchlist),
            new("Revision", $"{alert.Revision} · re-opened {alert.ReopenCount}×"),
        };
        if (alert.Signals.Count > 0)
            fields.Add(new ChatField("Numbers", string.Join("\n", SignalText.Lines(alert.Signals)), Inline: false));
        if (evidence.LabelledAccounts.Count > 0)
            fields.Add(new ChatField("Labelled accounts (label, source, role)", List(evidence.LabelledAccounts, MaxLabelled, "\n"), Inline: false));
        if (evidence.Accounts.Count > 0)
            fields.Add(new ChatField($"Accounts ({Formats.Count(evidence.Accounts.Count)})", List(evidence.Accounts, MaxAccounts, ", "), Inline: false));
        if (evidence.Objects.Count > 0)
            fields.Add(new ChatField("Shared objects", List(evidence.Objects, MaxObjects, "\n"), Inline: false));
        if (evidence.PostKeys.Count > 0)
            fields.Add(new ChatField("Example posts", await ExamplesAsync(evidence.PostKeys, ct), Inline: false));
        fields.Add(new ChatField("Verdicts", alert.Verdicts.Total == 0 ? "none yet" : AlertMessageFactory.VerdictSummary(alert.Verdicts), Inline: false));

        return new CommandReply(new ChatMessage
        {
            Title = $"{alert.Kind.ToDisplay()} on {alert.Target.Key} · {alert.Id}",
            Summary = alert.LateBy is { } late
                ? $"Found late: the data arrived {Formats.Span(late)} after the posts. {alert.Explanation}"
                : alert.Explanation,
            Fields = fields,
            Links = [.. evidence.Links.Take(MaxLinks)],
            Buttons = [.. AlertMessageFactory.VerdictValues.Select(v => new ChatButton(v, $"verdict:{alert.Id}:{v}"))],
            Footer = $"The numbers as stored at revision {alert.Revision}; nothing here is recomputed. /verdict {alert.Id} <coordinated|organic|misleading|unsure> to judge it.",
        });
    }

    private static string StatusText(Alert alert)
    {
        var text = $"{alert.Status.ToString().ToLowerInvariant()} · opened {Formats.Time(alert.OpenedAt)} · updated {Formats.Time(alert.UpdatedAt)}";
        return alert.ClosedAt is { } closed ? $"{text} · closed {Formats.Time(closed)}" : text;
    }

    private async Task<string> ExamplesAsync(IReadOnlyList<string> keys, CancellationToken ct)
    {
        var lines = new List<string>();
        foreach (var key in keys.Take(MaxPosts))
        {
            var post = await posts.GetAsync(key, ct);
            if (post is null)
            {
                lines.Add($"{key} (no longer stored)");
                continue;
            }

            var line = $"@{post.AuthorHandle} · {Formats.Time(post.CreatedAt)}";
            var snippet = Snippet.Of(post.Text, SnippetLength);
            if (snippet.Length > 0)
                line += $" · “{snippet}”";
            lines.Add(post.Url is { Length: > 0 } url ? $"{line} · {url}" : line);
        }

        if (keys.Count > MaxPosts)
            lines.Add($"and {keys.Count - MaxPosts} more");
        return string.Join("\n", lines);
    }

    private static string List(IReadOnlyList<string> items, int max, string separator) =>
        items.Count <= max
            ? string.Join(separator, items)
            : string.Join(separator, items.Take(max)) + $"{separator}and {items.Count - max} more";
}
