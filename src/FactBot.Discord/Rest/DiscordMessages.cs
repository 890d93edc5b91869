using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Core.Results;
using FactBot.Discord.Rendering;

namespace FactBot.Discord.Rest;

/// <summary>
/// Every message FactBot sends to Discord (channel posts, edits, interaction replies, follow-ups) goes through
/// <see cref="SendAsync"/>, which stamps <c>allowed_mentions: {"parse": []}</c> on it: whatever a caption says,
/// no message can ping @everyone, a role or a user.
/// </summary>
internal sealed class DiscordMessages(DiscordRestClient rest)
{
    /// <param name="replyTo">A message of the channel this one answers (shown quoted); posted anyway if it is gone.</param>
    public Task<Result<JsonElement?>> CreateAsync(string channelId, DiscordMessage message, string nonce, CancellationToken ct, string? replyTo = null)
    {
        var body = (JsonObject)message.Body.DeepClone();
        body["nonce"] = nonce;
        body["enforce_nonce"] = true; // Discord returns the first message instead of posting a duplicate
        if (replyTo is not null)
            body["message_reference"] = new JsonObject { ["message_id"] = replyTo, ["fail_if_not_exists"] = false };
        return SendAsync(HttpMethod.Post, $"channels/{channelId}/messages", message with { Body = body }, null, ct);
    }

    public Task<Result<JsonElement?>> EditAsync(string channelId, string messageId, DiscordMessage message, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"channels/{channelId}/messages/{messageId}", message, null, ct);

    /// <summary>The initial interaction response; <paramref name="message"/> null for a bare type (defer).</summary>
    public Task<Result<JsonElement?>> CallbackAsync(string interactionId, string token, int type, DiscordMessage? message, CancellationToken ct)
    {
        var path = $"interactions/{interactionId}/{token}/callback";
        return message is null
            ? rest.SendAsync(new DiscordRequest(new DiscordRoute(HttpMethod.Post, path), new JsonObject { ["type"] = type }), ct)
            : SendAsync(HttpMethod.Post, path, message, data => new JsonObject { ["type"] = type, ["data"] = data }, ct);
    }

    /// <summary>Autocomplete suggestions (callback type 8): not a message, so nothing to stamp.</summary>
    public Task<Result<JsonElement?>> AutocompleteAsync(string interactionId, string token, JsonArray choices, CancellationToken ct) =>
        rest.SendAsync(new DiscordRequest(
            new DiscordRoute(HttpMethod.Post, $"interactions/{interactionId}/{token}/callback"),
            new JsonObject { ["type"] = 8, ["data"] = new JsonObject { ["choices"] = choices } }), ct);

    public Task<Result<JsonElement?>> EditOriginalAsync(string applicationId, string token, DiscordMessage message, CancellationToken ct) =>
        SendAsync(HttpMethod.Patch, $"webhooks/{applicationId}/{token}/messages/@original", message, null, ct);

    public Task<Result<JsonElement?>> DeleteOriginalAsync(string applicationId, string token, CancellationToken ct) =>
        rest.SendAsync(new DiscordRequest(new DiscordRoute(HttpMethod.Delete, $"webhooks/{applicationId}/{token}/messages/@original")), ct);

    public Task<Result<JsonElement?>> FollowUpAsync(string applicationId, string token, DiscordMessage message, CancellationToken ct) =>
        SendAsync(HttpMethod.Post, $"webhooks/{applicationId}/{token}", message, null, ct);

    /// <summary>The one send method: mentions off, the attachment declared, then an optional envelope around it.</summary>
    public Task<Result<JsonElement?>> SendAsync(
        HttpMethod method, string path, DiscordMessage message, Func<JsonObject, JsonObject>? envelope, CancellationToken ct)
    {
        var body = (JsonObject)message.Body.DeepClone();
        body["allowed_mentions"] = new JsonObject { ["parse"] = new JsonArray() };
        if (message.File is { } file)
            body["attachments"] = new JsonArray(new JsonObject { ["id"] = 0, ["filename"] = file.FileName });
        JsonNode payload = envelope is null ? body : envelope(body);
        return rest.SendAsync(new DiscordRequest(new DiscordRoute(method, path), payload, message.File), ct);
    }
}
