using System.Text.Json;
using FactBot.Core.Abstractions;
using FactBot.Core.Messages;
using FactBot.Core.Results;
using FactBot.Discord.Rest;

namespace FactBot.Discord.Rendering;

/// <summary>
/// Delivers outbox messages to Discord channels. A message with a known platform id is edited (an updated alert);
/// otherwise its parts are posted in order, each with its own nonce (enforced, so a retry after a timeout never posts
/// twice), the first as a reply when the message answers another (a notice). A 403/404 on the channel is a
/// <see cref="PermanentFailure"/>, which suspends the subscription with the reason.
/// </summary>
internal sealed class DiscordChatSender(DiscordMessages messages) : IChatSender
{
    public const string PlatformName = "discord";

    public string Platform => PlatformName;

    public string Check => DiscordOptions.Check;

    public async Task<Result<string>> SendAsync(OutboxMessage message, CancellationToken ct = default)
    {
        // Threads are channels on Discord: a thread id, when given, is where the message goes.
        var channel = message.Chat.ThreadId ?? message.Chat.ChatId;
        var parts = DiscordMessageRenderer.Render(message.Message);

        if (message.PlatformMessageId is { } existing)
        {
            var edited = await messages.EditAsync(channel, existing, parts[0], ct);
            if (edited.IsSuccess)
                return existing;
            // The message was deleted by someone: post the update as a new message instead.
            if (edited.Error is not DiscordRejected { Status: 404, Code: DiscordRejected.UnknownMessage })
                return Map(edited.Error, channel);
        }

        string? first = null;
        for (var i = 0; i < parts.Count; i++)
        {
            // A notice answers the alert it is about, so the chat sees which one rose.
            var replyTo = i == 0 ? message.ReplyToPlatformMessageId : null;
            var posted = await messages.CreateAsync(channel, parts[i], MessageNonce.For(message.Id, i), ct, replyTo);
            if (!posted.IsSuccess)
                return Map(posted.Error, channel);
            first ??= IdOf(posted.Value);
        }

        return first is null ? new Unavailable($"Discord accepted the message to channel {channel} but returned no id") : first;
    }

    private static Error Map(Error error, string channel) => error switch
    {
        DiscordRejected { Status: 403 or 404 } rejected => new PermanentFailure(
            $"Discord refused channel {channel} (the bot was removed, lacks Send Messages/Embed Links/Attach Files, or the channel is gone): {rejected.Message}"),
        DiscordRejected rejected => new Unavailable(rejected.Message),
        _ => error,
    };

    private static string? IdOf(JsonElement? body) =>
        body is { ValueKind: JsonValueKind.Object } json && json.TryGetProperty("id", out var id) ? id.GetString() : null;
}
