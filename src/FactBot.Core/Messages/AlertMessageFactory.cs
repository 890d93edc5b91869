using FactBot.Core.Alerts;

namespace FactBot.Core.Messages;

/// <summary>Renders an alert as a neutral <see cref="ChatMessage"/>: the numbers, the evidence, verdict buttons.</summary>
public static class AlertMessageFactory
{
    public static readonly IReadOnlyList<string> VerdictValues = ["coordinated", "organic", "misleading", "unsure"];

    public static ChatMessage Create(Alert alert, AlertChangeKind change)
    {
        var prefix = change switch
        {
            AlertChangeKind.Reopened => "Re-opened: ",
            AlertChangeKind.Updated => "Update: ",
            AlertChangeKind.Closed => "Closed: ",
            AlertChangeKind.Withdrawn => "Withdrawn: ",
            _ => "",
        };
        var fields = new List<ChatField>
        {
            new("Severity", $"{alert.Severity} ({Formats.Percent(alert.Confidence)} confidence)"),
            new("Window", Formats.Window(alert.WindowStart, alert.WindowEnd)),
        };
        fields.AddRange(SignalFields(alert));
        if (alert.Evidence.LabelledAccounts.Count > 0)
            fields.Add(new ChatField("Labelled accounts", string.Join("\n", alert.Evidence.LabelledAccounts.Take(8)), Inline: false));
        if (alert.Evidence.Accounts.Count > 0)
            fields.Add(new ChatField("Accounts", Summarise(alert.Evidence.Accounts, 8), Inline: false));
        if (alert.Evidence.Objects.Count > 0)
            fields.Add(new ChatField("Shared objects", Summarise(alert.Evidence.Objects, 5), Inline: false));
        if (alert.Verdicts.Total > 0)
            fields.Add(new ChatField("Verdicts", VerdictSummary(alert.Verdicts)));

        return new ChatMessage
        {
            Title = $"{prefix}{alert.Kind.ToDisplay()} on {alert.Target.Key} · {alert.Id}",
            Summary = alert.LateBy is { } late
                ? $"Found late: the data arrived {Formats.Span(late)} after the posts. {alert.Explanation}"
                : alert.Explanation,
            Fields = fields,
            Links = [.. alert.Evidence.Links.Take(5)],
            Buttons = [.. VerdictValues.Select(v => new ChatButton(v, $"verdict:{alert.Id}:{v}"))],
            Footer = $"{Lists(alert)} · /explain {alert.Id} for all the evidence",
        };
    }

    /// <summary>
    /// The short message that makes a change heard (edits notify nobody): a re-opening or a rise in severity, sent as
    /// a reply to the alert's first message where the platform allows.
    /// </summary>
    public static ChatMessage Notice(AlertChange change)
    {
        var alert = change.Alert;
        var what = change.Kind == AlertChangeKind.Reopened
            ? $"Re-opened: {alert.Kind.ToDisplay()} on {alert.Target.Key} · {alert.Id} · {alert.Severity}"
            : $"Now {alert.Severity}: {alert.Kind.ToDisplay()} on {alert.Target.Key} · {alert.Id}" + (change.Was is { } was ? $" (was {was})" : "");
        return new ChatMessage
        {
            Title = what,
            Summary = alert.Explanation,
            Footer = $"The alert above is updated · /explain {alert.Id} for all the evidence",
        };
    }

    private static string Lists(Alert alert) =>
        (alert.Audience.Count > 1 ? "Watchlists " : "Watchlist ") + string.Join(", ", alert.Audience);

    public static string VerdictSummary(VerdictTally tally) =>
        $"coordinated {tally.Coordinated} · organic {tally.Organic} · misleading {tally.Misleading} · unsure {tally.Unsure}";

    private static IEnumerable<ChatField> SignalFields(Alert alert)
    {
        var s = alert.Signals;
        if (s.TryGetValue("count", out var count))
            yield return new ChatField("Posts", Formats.Count(count));
        if (s.TryGetValue("expected", out var expected))
            yield return new ChatField("Usual", Formats.Number(expected));
        if (s.TryGetValue("ratio", out var ratio))
            yield return new ChatField("Ratio", Formats.Ratio(ratio));
        if (s.TryGetValue("p", out var p))
            yield return new ChatField("p", Formats.Probability(p));
        if (s.TryGetValue("share", out var share))
            yield return new ChatField("State-media share", Formats.Percent(share));
        if (s.TryGetValue("members", out var members))
            yield return new ChatField("Accounts in group", Formats.Count(members));
        if (s.TryGetValue("co_shares", out var coShares))
            yield return new ChatField("Co-shares", Formats.Count(coShares));
        if (s.TryGetValue("median_dt_s", out var dt))
            yield return new ChatField("Median Δt", Formats.Number(dt) + " s");
    }

    private static string Summarise(IReadOnlyList<string> items, int max) =>
        items.Count <= max ? string.Join(", ", items) : string.Join(", ", items.Take(max)) + $" and {items.Count - max} more";
}
