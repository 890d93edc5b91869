using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/deliveries list [state]</c>: the newest outbox messages and why each is where it is, after a count per state.
/// <c>/deliveries retry &lt;id|dead|expired&gt;</c>: sends dead or expired messages again (audited), in their chat's
/// order, with a fresh useful life. Counts stop at <see cref="CountCap"/>: the outbox port has no count query, and
/// sent messages pile up, so an exact count would read them all.
/// </summary>
public sealed class DeliveriesHandler(IOutboxStore outbox, IAuditLog audit, TimeProvider time) : ICommandHandler
{
    internal const int CountCap = 500;

    /// <summary>Messages shown, one field each (Discord allows 25).</summary>
    internal const int MaxShown = 15;

    private const int MaxErrorLength = 300;
    private readonly AdminChangeLog _changes = new(audit, time);

    public string Name => "deliveries";

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default) => context.Spec.Subcommand switch
    {
        "retry" => RetryAsync(context, ct),
        _ => ListAsync(context, ct),
    };

    private async Task<CommandReply> ListAsync(CommandContext context, CancellationToken ct)
    {
        OutboxState? state = context.Arguments.Text("state") is { } text ? Enum.Parse<OutboxState>(text, ignoreCase: true) : null;
        var counts = new List<string>();
        var uncertain = 0;
        foreach (var each in Enum.GetValues<OutboxState>())
        {
            var found = await outbox.QueryAsync(each, CountCap + 1, ct);
            counts.Add($"{each.ToString().ToLowerInvariant()} {(found.Count > CountCap ? Formats.Count(CountCap) + "+" : Formats.Count(found.Count))}");
            if (each == OutboxState.Sent)
                uncertain = found.Count(m => m.UncertainAttempts > 0);
        }

        if (uncertain > 0)
            counts.Add($"possible duplicates {Formats.Count(uncertain)} (a send timed out and was retried)");
        var messages = await outbox.QueryAsync(state, MaxShown, ct);
        var now = time.GetUtcNow();
        var which = state is null ? "" : $" ({state.Value.ToString().ToLowerInvariant()})";
        return new CommandReply(
            new ChatMessage
            {
                Title = $"Deliveries{which}",
                Summary = string.Join(" · ", counts) + (messages.Count == 0 ? $"\n\nNo messages{which} in the outbox." : ""),
                Fields = [.. messages.Select(m => new ChatField(m.Id, Describe(m, now), Inline: false))],
                Footer = messages.Count == MaxShown
                    ? $"The newest {MaxShown} are shown; /deliveries list state:<{string.Join("|", CommandCatalog.OutboxStates)}> narrows them."
                    : "Newest first. /deliveries retry <id|dead|expired> sends failed ones again.",
            },
            Ephemeral: true);
    }

    private async Task<CommandReply> RetryAsync(CommandContext context, CancellationToken ct)
    {
        var which = context.Arguments.Text("which")!.Trim();
        IReadOnlyList<OutboxMessage> chosen = which.ToLowerInvariant() switch
        {
            "dead" => await outbox.QueryAsync(OutboxState.Dead, CountCap, ct),
            "expired" => await outbox.QueryAsync(OutboxState.Expired, CountCap, ct),
            _ => await outbox.GetAsync(which, ct) is { } one ? [one] : [],
        };
        if (chosen.Count == 0)
        {
            return CommandReply.Text(
                $"Nothing to retry for '{Capped.Text(which, 80)}'",
                "Give a message id from /deliveries list, or dead, or expired.", ephemeral: true);
        }

        var failed = chosen.Where(m => m.State is OutboxState.Dead or OutboxState.Expired).ToList();
        if (failed.Count == 0)
            return CommandReply.Text($"{Capped.Text(which, 80)} is {chosen[0].State.ToString().ToLowerInvariant()}", "Only dead or expired messages are sent again.", ephemeral: true);

        var now = time.GetUtcNow();
        foreach (var message in failed)
        {
            await outbox.UpdateAsync(message with { State = OutboxState.Pending, DueAt = now, RetriedFrom = now, FoldedInto = null }, ct);
            await _changes.RecordAsync(context, message.Id, $"{message.State.ToString().ToLowerInvariant()}: {message.LastError}", "pending (retry)", ct);
        }

        return CommandReply.Text(
            $"{Formats.Count(failed.Count)} message(s) queued again",
            "They go out in their chat's order on the next sweep; /deliveries list shows how it goes.", ephemeral: true);
    }

    private static string Describe(OutboxMessage message, DateTimeOffset now)
    {
        var head = $"{message.Chat.Key} · {message.Kind} · {message.State.ToString().ToLowerInvariant()} · " +
                   $"{message.Attempts} attempt(s) · created {Formats.Time(message.CreatedAt)}";
        if (message.UncertainAttempts > 0)
            head += $" · possibly shown twice ({message.UncertainAttempts} send(s) timed out)";
        return head + "\n" + Why(message, now);
    }

    private static string Why(OutboxMessage message, DateTimeOffset now) => message.State switch
    {
        OutboxState.Pending => $"Waiting to be sent; due {Due(message, now)}.",
        OutboxState.Sending => "Being sent now, or the process stopped while sending; it is retried on the next sweep.",
        OutboxState.Sent => message.SentAt is { } sent ? $"Sent {Formats.Time(sent)}." : "Sent.",
        OutboxState.Retrying => $"Failed, next try due {Due(message, now)}. Last error: {Error(message)}",
        OutboxState.Dead => $"Refused for good. {Error(message)} /deliveries retry {message.Id} sends it again.",
        OutboxState.Expired => $"{Error(message)}{(message.FoldedInto is { } digest ? $" Told in {digest}." : "")}",
        _ => "",
    };

    private static string Due(OutboxMessage message, DateTimeOffset now) =>
        Formats.Time(message.DueAt) + (message.DueAt <= now ? " (now)" : "");

    private static string Error(OutboxMessage message) =>
        message.LastError is { } error ? Capped.Text(error, MaxErrorLength) : "none recorded";
}
