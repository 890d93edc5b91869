namespace FactBot.Core.Commands;

/// <summary>Answers one command name (all its subcommands). Arguments arrive checked; authorisation is done.</summary>
public interface ICommandHandler
{
    /// <summary>The catalog name it serves, e.g. <c>watch</c>.</summary>
    string Name { get; }

    Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default);
}
