using FactBot.Core.Commands;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Telegram.Delivery;
using FactBot.Telegram.Rendering;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Commands;

/// <summary>
/// Answers a command in its chat. Replies skip the outbox (they answer someone now) but not the pacing: they wait for
/// their turn, or once for a 429's retry_after, up to <see cref="TelegramOptions.MaxReplyWait"/>. Telegram has no
/// ephemeral messages, so an ephemeral reply in a group answers the user's own message to show whom it is for.
/// </summary>
internal sealed partial class ReplySender(TelegramMessenger messenger, TelegramOptions options, TimeProvider time, ILogger<ReplySender> logger)
{
    public Task<bool> ReplyAsync(Message command, CommandReply reply, CancellationToken ct)
    {
        int? replyTo = reply.Ephemeral && !TelegramCallers.IsDirect(command.Chat) ? command.MessageId : null;
        return SendAsync(TelegramCallers.TargetOf(command), reply.Message, replyTo, ct);
    }

    public async Task<bool> SendAsync(ChatTarget target, ChatMessage message, int? replyTo, CancellationToken ct)
    {
        var parts = TelegramRenderer.Render(message);
        var progress = new SendProgress();
        for (var attempt = 1; ; attempt++)
        {
            var sent = await messenger.SendAsync(target, parts, progress, options.MaxReplyWait, replyTo, ct);
            if (sent.IsSuccess)
                return true;
            if (attempt == 1 && sent.Error is RateLimited limited && limited.RetryAfter <= options.MaxReplyWait)
            {
                await Task.Delay(limited.RetryAfter, time, ct);
                continue;
            }

            LogNotSent(logger, target.ChatId, sent.Error.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A command reply to Telegram chat {ChatId} was not sent: {Reason}")]
    private static partial void LogNotSent(ILogger logger, long chatId, string reason);
}
