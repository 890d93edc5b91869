using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Telegram.Api;
using FactBot.Telegram.Rendering;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FactBot.Telegram.Delivery;

/// <summary>
/// Sends rendered parts to one chat, paced by the rate limiter, and edits sent messages. Every failure comes back as a
/// value (see <see cref="TelegramErrors"/>); a 429 also blocks the chat in the limiter for its retry_after.
/// </summary>
internal sealed class TelegramMessenger(ITelegramBotClient bot, TelegramRateLimiter limiter, TimeProvider time)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Sends the parts not yet sent (per <paramref name="progress"/>); returns the part carrying the keyboard.</summary>
    public async Task<Result<MessageRef>> SendAsync(
        ChatTarget target, IReadOnlyList<RenderedPart> parts, SendProgress progress, TimeSpan maxWait, int? replyTo, CancellationToken ct)
    {
        var remaining = parts.Count - progress.Sent;
        if (remaining <= 0 && progress.Last is { } done)
            return done;
        var slots = limiter.Reserve(target.ChatId, remaining, maxWait);
        if (!slots.Granted)
            return new RateLimited(slots.Wait, $"pacing messages to Telegram chat {target.ChatId}: next slot in {slots.Wait.TotalSeconds:0.#} s");

        for (var i = 0; i < remaining; i++)
        {
            await WaitUntilAsync(slots.Times[i], ct);
            var part = parts[progress.Sent];
            try
            {
                // Only the first part answers the user's message; the rest follow it.
                var reply = progress.Sent == 0 && replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
                var sent = await SendPartAsync(target, part, reply, ct);
                progress.Sent++;
                progress.Last = new MessageRef(sent.MessageId, part.IsPhoto);
            }
            catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
            {
                if (error is RateLimited limited)
                    limiter.Block(target.ChatId, limited.RetryAfter);
                return error;
            }
        }

        return progress.Last!.Value;
    }

    /// <summary>Replaces the text (or caption) and keyboard of a sent message. <see cref="NotFound"/> means it can no
    /// longer be edited and the caller should send a new one.</summary>
    public async Task<Result<MessageRef>> EditAsync(ChatTarget target, MessageRef reference, ChatMessage message, int limit, TimeSpan maxWait, CancellationToken ct)
    {
        var slots = limiter.Reserve(target.ChatId, 1, maxWait);
        if (!slots.Granted)
            return new RateLimited(slots.Wait, $"pacing messages to Telegram chat {target.ChatId}: next slot in {slots.Wait.TotalSeconds:0.#} s");
        await WaitUntilAsync(slots.Times[0], ct);
        var keyboard = Keyboards.Of(message.Buttons);
        try
        {
            if (reference.IsCaption)
            {
                var caption = TelegramRenderer.RenderSingle(message, Math.Min(limit, TelegramRenderer.CaptionLimit));
                await bot.EditMessageCaption(target.ChatId, reference.MessageId, caption, ParseMode.Html, keyboard, cancellationToken: ct);
            }
            else
            {
                var text = TelegramRenderer.RenderSingle(message, Math.Min(limit, TelegramRenderer.TextLimit));
                await bot.EditMessageText(target.ChatId, reference.MessageId, text, ParseMode.Html, keyboard, NoPreview, cancellationToken: ct);
            }

            return reference;
        }
        catch (Exception ex) when (TelegramErrors.IsNotModified(ex))
        {
            return reference;
        }
        catch (Exception ex) when (TelegramErrors.CannotEdit(ex))
        {
            return new NotFound($"Telegram message {reference.MessageId} can no longer be edited: {ex.Message}");
        }
        catch (Exception ex) when (TelegramErrors.Map(ex) is { } error && !ct.IsCancellationRequested)
        {
            if (error is RateLimited limited)
                limiter.Block(target.ChatId, limited.RetryAfter);
            return error;
        }
    }

    private async Task<Message> SendPartAsync(ChatTarget target, RenderedPart part, ReplyParameters? reply, CancellationToken ct)
    {
        if (part.Photo is { } png)
        {
            using var stream = new MemoryStream(png, writable: false);
            return await bot.SendPhoto(
                target.ChatId, InputFile.FromStream(stream, "chart.png"), part.Html, ParseMode.Html,
                replyParameters: reply, replyMarkup: part.Keyboard, messageThreadId: target.ThreadId, cancellationToken: ct);
        }

        return await bot.SendMessage(
            target.ChatId, part.Html, ParseMode.Html,
            replyParameters: reply, replyMarkup: part.Keyboard, linkPreviewOptions: NoPreview, messageThreadId: target.ThreadId, cancellationToken: ct);
    }

    private async Task WaitUntilAsync(DateTimeOffset at, CancellationToken ct)
    {
        var wait = at - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
            await Task.Delay(wait, time, ct);
    }
}
