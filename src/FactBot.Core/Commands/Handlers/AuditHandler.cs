using System.Text;
using FactBot.Core.Abstractions;
using FactBot.Core.Audit;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary><c>/audit [limit]</c>: recent admin changes, newest first, each with who, where, before and after.</summary>
public sealed class AuditHandler(IAuditLog audit) : ICommandHandler
{
    internal const int DefaultLimit = 20;

    /// <summary>Before/after values longer than this are cut: a deleted watchlist's full target list stays in the log.</summary>
    internal const int MaxValueLength = 160;

    /// <summary>Entries stop before the reply passes this size, below every platform's message limit.</summary>
    internal const int MaxReplyLength = 3800;

    public string Name => "audit";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var limit = (int)(context.Arguments.WholeNumber("limit") ?? DefaultLimit);
        var entries = await audit.RecentAsync(limit, ct);
        if (entries.Count == 0)
            return CommandReply.Text("No admin changes yet", "Changes made with /watch, /watchlist and /label show here.", ephemeral: true);

        var text = new StringBuilder();
        var shown = 0;
        foreach (var entry in entries)
        {
            var block = Describe(entry);
            if (text.Length + block.Length > MaxReplyLength)
                break;
            text.Append(block);
            shown++;
        }

        var footer = shown < entries.Count
            ? $"{entries.Count - shown} older entries did not fit; ask for fewer with /audit limit:{shown}."
            : $"Newest first; /audit limit:<1-100> shows more or fewer.";
        return new CommandReply(
            new ChatMessage { Title = $"Admin changes (last {shown})", Summary = text.ToString().TrimEnd(), Footer = footer },
            Ephemeral: true);
    }

    private static string Describe(AuditEntry entry)
    {
        var chat = entry.Chat is null ? "" : $" in {entry.Chat}";
        return $"{Formats.Time(entry.At)} · {entry.Actor}{chat}\n" +
               $"{entry.Action} {entry.Subject}\n" +
               $"  before: {Value(entry.Before)}\n" +
               $"  after: {Value(entry.After)}\n\n";
    }

    private static string Value(string? value) => value is null ? "—" : Capped.Text(value, MaxValueLength);
}
