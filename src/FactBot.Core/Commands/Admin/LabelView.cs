using FactBot.Core.Labels;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Admin;

/// <summary>How a label reads in replies: in full after a change, one line in lists.</summary>
internal static class LabelView
{
    public static ChatMessage Create(string title, AccountLabel label, string? note = null) => new()
    {
        Title = title,
        Summary = note ?? "",
        Fields =
        [
            new ChatField("Account", $"{label.Platform} @{label.Handle}"),
            new ChatField("Category", label.Category.ToDisplay()),
            new ChatField("Country", label.Country ?? "—"),
            new ChatField("Source", label.Source, Inline: false),
            new ChatField("Evidence", label.EvidenceUrl ?? "—", Inline: false),
        ],
        Links = label.EvidenceUrl is { } url ? [url] : [],
        Footer = "Labels come from curated lists and admins, never from the platform.",
    };

    public static string Line(AccountLabel label)
    {
        var country = label.Country is null ? "" : $" · {label.Country}";
        return $"{label.Platform} @{label.Handle} · {label.Category.ToDisplay()}{country} · {label.Source}";
    }
}
