using Microsoft.Extensions.Logging;

namespace FactBot.Core.Commands;

/// <summary>
/// The one entry point for commands from every platform: finds the spec, checks the arguments (a usage reply names
/// the problem and changes nothing), checks the caller's role whatever the platform's own permissions say, then
/// runs the handler.
/// </summary>
public sealed partial class CommandDispatcher(IEnumerable<ICommandHandler> handlers, IRoleResolver roles, ILogger<CommandDispatcher> logger)
{
    private readonly Dictionary<string, ICommandHandler> _handlers =
        handlers.ToDictionary(h => h.Name, StringComparer.OrdinalIgnoreCase);

    public async Task<CommandReply> DispatchAsync(CommandRequest request, CancellationToken ct = default)
    {
        var spec = CommandCatalog.Find(request.Name, request.Subcommand);
        if (spec is null)
            return UnknownCommand(request);

        var arguments = OptionParser.Parse(spec, request.Options);
        if (!arguments.IsSuccess)
            return CommandReply.Usage(arguments.Error.Message, spec);

        var role = await roles.ResolveAsync(request, ct);
        if (role < spec.Role && !(spec.OpenInDirectMessages && request.IsDirectMessage))
        {
            return CommandReply.Refused(
                $"/{spec.FullName} is for admins of this chat. You can use /help to see what you can do here.");
        }

        if (!_handlers.TryGetValue(spec.Name, out var handler))
            return CommandReply.Text($"/{spec.FullName} is not available yet", "This FactBot was built without it.", ephemeral: true);

        try
        {
            return await handler.HandleAsync(new CommandContext(request, spec, arguments.Value, role), ct);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // A handler bug must not take the bot down or leave the user without an answer.
            LogHandlerFailed(logger, ex, spec.FullName);
            return CommandReply.Text("Something went wrong on our side", "The error was logged for the operators.", ephemeral: true);
        }
    }

    private static CommandReply UnknownCommand(CommandRequest request)
    {
        if (!CommandCatalog.IsGroup(request.Name))
            return CommandReply.Usage($"FactBot has no command /{request.Name}.", null);
        var group = CommandCatalog.Group(request.Name);
        var problem = request.Subcommand is null
            ? $"/{request.Name} needs one of: {string.Join(", ", group.Select(g => g.Subcommand))}."
            : $"/{request.Name} has no '{request.Subcommand}'; use one of: {string.Join(", ", group.Select(g => g.Subcommand))}.";
        return CommandReply.Usage(problem, group[0] with { Subcommand = "<" + string.Join("|", group.Select(g => g.Subcommand)) + ">", Options = [] });
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Command /{Command} failed")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string command);
}
