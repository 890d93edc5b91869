using System.Collections.Concurrent;
using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Telegram.Rendering;

namespace FactBot.Telegram.Delivery;

/// <summary>
/// Delivers outbox messages to Telegram: rendered as HTML (charts as photos, buttons as an inline keyboard), paced by
/// our rate limiter, and an alert update edits the message it updates. Failures are values for the outbox: 429 and
/// our own pacing → <see cref="RateLimited"/>, a chat that refuses the bot → <see cref="PermanentFailure"/>, the rest
/// → <see cref="Unavailable"/>.
/// </summary>
internal sealed class TelegramChatSender(TelegramMessenger messenger, TelegramOptions options) : IChatSender
{
    // Progress of multi-part messages that failed part-way, by outbox id, so their retry does not repeat parts.
    // In memory only: after a restart a part may arrive twice, which at-least-once delivery allows.
    private readonly ConcurrentDictionary<string, SendProgress> _partial = new(StringComparer.Ordinal);

    public string Platform => ChatTarget.Platform;

    public async Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        var target = ChatTarget.From(message.Chat);
        if (!target.IsSuccess)
            return target.Error;

        if (MessageRef.TryParse(message.PlatformMessageId, out var reference))
        {
            var edited = await messenger.EditAsync(target.Value, reference, message.Message, options.MaxSendWait, ct);
            if (edited.IsSuccess)
                return edited.Value.ToString();
            if (edited.Error is not NotFound)
                return edited.Error;
            // The original can no longer be edited (deleted, too old): the update goes out as a new message.
        }

        var parts = TelegramRenderer.Render(message.Message);
        var progress = _partial.TryGetValue(message.Id, out var earlier) ? earlier : new SendProgress();
        var sent = await messenger.SendAsync(target.Value, parts, progress, options.MaxSendWait, replyTo: null, ct);
        if (sent.IsSuccess || sent.Error is PermanentFailure || progress.Sent == 0)
            _partial.TryRemove(message.Id, out _);
        else
            _partial[message.Id] = progress;
        return sent.IsSuccess ? sent.Value.ToString() : sent.Error;
    }
}
