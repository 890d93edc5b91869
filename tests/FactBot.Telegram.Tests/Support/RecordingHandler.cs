using FactBot.Core.Commands;

namespace FactBot.Telegram.Tests.Support;

/// <summary>A command handler that records what reached it and answers with a fixed reply.</summary>
public sealed class RecordingHandler(string name, CommandReply? reply = null) : ICommandHandler
{
    private readonly List<CommandContext> _seen = [];

    public string Name { get; } = name;

    public IReadOnlyList<CommandContext> Seen => _seen;

    public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
    {
        _seen.Add(context);
        return Task.FromResult(reply ?? CommandReply.Text($"{Name} done", $"role {context.Role}"));
    }
}
