using FactBot.Core.Messages;

namespace FactBot.Core.Commands;

/// <summary>What a command answers: a neutral message, shown only to the caller when <see cref="Ephemeral"/>.</summary>
public sealed record CommandReply(ChatMessage Message, bool Ephemeral = false)
{
    public static CommandReply Text(string title, string body = "", bool ephemeral = false) =>
        new(new ChatMessage { Title = title, Summary = body }, ephemeral);

    /// <summary>Bad input: which argument is wrong and the usage. Changes nothing.</summary>
    public static CommandReply Usage(string problem, CommandSpec? spec) => new(new ChatMessage
    {
        Title = "That command needs fixing",
        Summary = problem,
        Footer = spec is null ? "Type /help for the commands you can use." : $"Usage: {spec.Usage}",
    }, Ephemeral: true);

    public static CommandReply Refused(string why) => new(new ChatMessage { Title = "Not allowed", Summary = why }, Ephemeral: true);
}
