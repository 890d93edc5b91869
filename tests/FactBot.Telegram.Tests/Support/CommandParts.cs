using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Telegram.Api;
using FactBot.Telegram.Commands;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Telegram.Tests.Support;

/// <summary>The receiving side wired to a fake Bot API: Core's real dispatcher and role resolver, the real /help, and
/// recording handlers for the commands a test looks at.</summary>
public sealed class CommandParts
{
    public CommandParts(params string[] owners)
    {
        Status = new RecordingHandler("status");
        Watch = new RecordingHandler("watch");
        Verdict = new RecordingHandler("verdict", new CommandReply(new Core.Messages.ChatMessage
        {
            Title = "Verdict recorded: organic on A-7K2F",
            Fields = [new Core.Messages.ChatField("Verdicts", "coordinated 0 · organic 1 · misleading 0 · unsure 0")],
        }, Ephemeral: true));
        Dispatcher = new CommandDispatcher(
            [Status, Watch, Verdict, new HelpHandler()],
            new ConfiguredRoleResolver(new CommandOptions { Owners = [.. owners] }),
            NullLogger<CommandDispatcher>.Instance);
        Admins = new ChatAdminCache(Telegram.Api.Client(), Telegram.Options, Telegram.Time, NullLogger<ChatAdminCache>.Instance);
        Replies = new ReplySender(Telegram.Messenger, Telegram.Options, Telegram.Time, NullLogger<ReplySender>.Instance);
        Identity.Username = "FactCheckBot";
        Messages = new CommandMessageHandler(Dispatcher, Admins, Identity, Replies);
        Callbacks = new CallbackQueryHandler(Dispatcher, Telegram.Api.Client(), NullLogger<CallbackQueryHandler>.Instance);
    }

    public TelegramParts Telegram { get; } = new();

    public RecordingHandler Status { get; }

    public RecordingHandler Watch { get; }

    public RecordingHandler Verdict { get; }

    public CommandDispatcher Dispatcher { get; }

    internal BotIdentity Identity { get; } = new();

    internal ChatAdminCache Admins { get; }

    internal ReplySender Replies { get; }

    internal CommandMessageHandler Messages { get; }

    internal CallbackQueryHandler Callbacks { get; }
}
