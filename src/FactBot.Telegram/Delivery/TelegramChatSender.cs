using System.Collections.Concurrent;
using System.Globalization;
using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Core.Subscriptions;
using FactBot.Telegram.Api;
using FactBot.Telegram.Rendering;

namespace FactBot.Telegram.Delivery;

/// <summary>
/// Delivers outbox messages to Telegram: rendered as HTML (charts as photos, buttons as an inline keyboard), paced by
/// our rate limiter; an alert update edits the message it updates, a notice replies to it. Failures are values for the
/// outbox: 429 and our own pacing → <see cref="RateLimited"/>, a chat that refuses the bot → <see cref="PermanentFailure"/>,
/// a group that became a supergroup → <see cref="ChatMoved"/>, the rest → <see cref="Unavailable"/>. A message Telegram
/// finds too long is split (or, for an edit, shortened) further and sent, never retried as it is.
/// </summary>
internal sealed class TelegramChatSender(TelegramMessenger messenger, TelegramOptions options) : IChatSender
{
    // Below this, a "too long" answer is not about our length: it is reported as the failure it is.
    private const int SmallestLimit = 256;

    // Progress of multi-part messages that failed part-way, by outbox id, so their retry does not repeat parts.
    // In memory only: after a restart a part may arrive twice, which at-least-once delivery allows.
    private readonly ConcurrentDictionary<string, SendProgress> _partial = new(StringComparer.Ordinal);

    public string Platform => ChatTarget.Platform;

    public string Check => TelegramErrors.Check;

    /// <summary>A Telegram user's direct chat has the user's id, and a bot may write there once the user started it.</summary>
    public ChatRef? DirectChat(string? callerKey) =>
        callerKey?.Split(' ', 2)[0].Split(':') is [ChatTarget.Platform, var id] && long.TryParse(id, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)
            ? new ChatRef(ChatTarget.Platform, id)
            : null;

    public async Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        var target = ChatTarget.From(message.Chat);
        if (!target.IsSuccess)
            return target.Error;

        if (MessageRef.TryParse(message.PlatformMessageId, out var reference))
        {
            var edited = await EditAsync(target.Value, reference, message.Message, ct);
            if (edited.IsSuccess)
                return edited.Value.ToString();
            if (edited.Error is not NotFound)
                return edited.Error;
            // The original can no longer be edited (deleted, too old): the update goes out as a new message.
        }

        int? replyTo = MessageRef.TryParse(message.ReplyToPlatformMessageId, out var quoted) ? quoted.MessageId : null;
        var progress = _partial.TryGetValue(message.Id, out var earlier) ? earlier : new SendProgress();
        var (textLimit, captionLimit) = (TelegramRenderer.TextLimit, TelegramRenderer.CaptionLimit);
        var sent = await messenger.SendAsync(target.Value, TelegramRenderer.Render(message.Message), progress, options.MaxSendWait, replyTo, ct);
        while (sent.Error is TooLong && textLimit / 2 >= SmallestLimit)
        {
            (textLimit, captionLimit, progress) = (textLimit / 2, Math.Max(SmallestLimit, captionLimit / 2), new SendProgress());
            var parts = TelegramRenderer.Render(message.Message, textLimit, captionLimit);
            sent = await messenger.SendAsync(target.Value, parts, progress, options.MaxSendWait, replyTo, ct);
        }

        if (sent.IsSuccess || sent.Error is PermanentFailure or TooLong || progress.Sent == 0)
            _partial.TryRemove(message.Id, out _);
        else
            _partial[message.Id] = progress;
        return sent.IsSuccess ? sent.Value.ToString() : Final(sent.Error);
    }

    private async Task<Result<MessageRef>> EditAsync(ChatTarget target, MessageRef reference, ChatMessage message, CancellationToken ct)
    {
        var limit = reference.IsCaption ? TelegramRenderer.CaptionLimit : TelegramRenderer.TextLimit;
        var edited = await messenger.EditAsync(target, reference, message, limit, options.MaxSendWait, ct);
        for (limit /= 2; edited.Error is TooLong && limit >= SmallestLimit; limit /= 2)
            edited = await messenger.EditAsync(target, reference, message, limit, options.MaxSendWait, ct);
        return edited.IsSuccess ? edited : Final(edited.Error);
    }

    // Too long even at the smallest split: not something a retry of the same message fixes.
    private static Error Final(Error error) => error is TooLong ? new PermanentFailure(error.Message) : error;
}
