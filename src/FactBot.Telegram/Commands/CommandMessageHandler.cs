using FactBot.Core.Commands;
using FactBot.Telegram.Api;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Commands;

/// <summary>
/// A text message that is a command (<c>/status #donbas</c>, <c>/watch add #x@FactBot</c>) → Core's text parser →
/// the dispatcher (which checks roles) → the reply. Messages that are not commands, or are addressed to another bot,
/// are ignored. Admin status comes from getChatMember (cached); in a private chat nobody is an admin.
/// </summary>
internal sealed class CommandMessageHandler(CommandDispatcher dispatcher, ChatAdminCache admins, BotIdentity identity, ReplySender replies)
{
    public async Task HandleAsync(Message message, CancellationToken ct)
    {
        if (message.Text is not { } text || message.From is not { } from || (from.IsBot && !TelegramCallers.IsAnonymousAdmin(message)))
            return;
        var isDirect = TelegramCallers.IsDirect(message.Chat);
        var caller = TelegramCallers.Caller(from);
        var parsed = TextCommandParser.Parse(text, caller, TelegramCallers.ChatOf(message), isDirect, identity.Username);
        if (parsed is not { } result)
            return;

        CommandReply reply;
        if (!result.IsSuccess)
        {
            reply = CommandReply.Usage(result.Error.Message, null);
        }
        else
        {
            var admin = !isDirect && (TelegramCallers.IsAnonymousAdmin(message) || await admins.IsAdminAsync(message.Chat.Id, from.Id, ct));
            reply = await dispatcher.DispatchAsync(result.Value with { Caller = caller with { PlatformAdmin = admin } }, ct);
        }

        await replies.ReplyAsync(message, reply, ct);
    }
}
