using System.Text;
using FactBot.Core.Messages;

namespace FactBot.Core.Commands.Handlers;

/// <summary><c>/help</c>: only the commands this caller may use in this chat.</summary>
public sealed class HelpHandler : ICommandHandler
{
    public string Name => "help";

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        var usable = CommandCatalog.All
            .Where(spec => context.Role >= spec.Role || (spec.OpenInDirectMessages && context.Request.IsDirectMessage))
            .ToList();
        var text = new StringBuilder();
        foreach (var spec in usable)
            text.Append(spec.Usage).Append(" — ").AppendLine(spec.Description);
        var reply = new ChatMessage
        {
            Title = "FactBot commands you can use here",
            Summary = text.ToString().TrimEnd(),
            Footer = "Targets: #hashtag, sound:<id>, kw:<text>. Durations: 30m, 6h, 24h, 7d.",
        };
        return Task.FromResult(new CommandReply(reply, Ephemeral: true));
    }
}
