using FactBot.Core.Abstractions;
using FactBot.Core.Commands.Admin;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary>
/// <c>/deliveries [state]</c>: the newest outbox messages and why each is where it is, after a count per state.
/// Counts stop at <see cref="CountCap"/>: the outbox port has no count query, and sent messages pile up, so an
/// exact count would read them all.
/// </summary>
public sealed class DeliveriesHandler(IOutboxStore outbox, TimeProvider time) : ICommandHandler
{
    internal const int CountCap = 500;

    /// <summary>Messages shown, one field each (Discord allows 25).</summary>
    internal const int MaxShown = 15;

    private const int MaxErrorLength = 300;

    public string Name => "deliveries";

    public async Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        OutboxState? state = context.Arguments.Text("state") is { } text ? Enum.Parse<OutboxState>(text, ignoreCase: true) : null;
        var counts = new List<string>();
        foreach (var each in Enum.GetValues<OutboxState>())
        {
            var count = (await outbox.QueryAsync(each, CountCap + 1, ct)).Count;
            counts.Add($"{each.ToString().ToLowerInvariant()} {(count > CountCap ? Formats.Count(CountCap) + "+" : Formats.Count(count))}");
        }

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
                    ? $"The newest {MaxShown} are shown; /deliveries state:<{string.Join("|", CommandCatalog.OutboxStates)}> narrows them."
                    : "Newest first.",
            },
            Ephemeral: true);
    }

    private static string Describe(OutboxMessage message, DateTimeOffset now)
    {
        var head = $"{message.Chat.Key} · {message.Kind} · {message.State.ToString().ToLowerInvariant()} · " +
                   $"{message.Attempts} attempt(s) · created {Formats.Time(message.CreatedAt)}";
        return head + "\n" + Why(message, now);
    }

    private static string Why(OutboxMessage message, DateTimeOffset now) => message.State switch
    {
        OutboxState.Pending => $"Waiting to be sent; due {Due(message, now)}.",
        OutboxState.Sending => "Being sent now, or the process stopped while sending; it is retried on the next sweep.",
        OutboxState.Sent => message.SentAt is { } sent ? $"Sent {Formats.Time(sent)}." : "Sent.",
        OutboxState.Retrying => $"Failed, next try due {Due(message, now)}. Last error: {Error(message)}",
        OutboxState.Dead => $"Gave up after {message.Attempts} attempt(s). Last error: {Error(message)}",
        _ => "",
    };

    private static string Due(OutboxMessage message, DateTimeOffset now) =>
        Formats.Time(message.DueAt) + (message.DueAt <= now ? " (now)" : "");

    private static string Error(OutboxMessage message) =>
        message.LastError is { } error ? Capped.Text(error, MaxErrorLength) : "none recorded";
}
