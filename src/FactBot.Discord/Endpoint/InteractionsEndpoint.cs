using System.Globalization;
using System.Text.Json;
using FactBot.Discord.Gateway;
using FactBot.Discord.Interactions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace FactBot.Discord.Endpoint;

/// <summary>
/// The HTTP interactions endpoint: 401 unless the Ed25519 signature over the raw body checks out (Discord sends
/// bad signatures on purpose and drops endpoints that accept them) and the timestamp is recent; PING → PONG;
/// everything else is acknowledged with 202 and answered through the callback endpoint, like gateway interactions.
/// </summary>
internal static class InteractionsEndpoint
{
    public static IEndpointConventionBuilder Map(
        IEndpointRouteBuilder routes, string path, Ed25519SignatureVerifier verifier, GatewayEvents events, DiscordEndpointOptions options, TimeProvider time) =>
        routes.MapPost(path, async (HttpContext context) =>
        {
            // The raw bytes, before any JSON binding: the signature covers them exactly.
            using var buffer = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffer, context.RequestAborted);
            var body = buffer.ToArray();
            var timestamp = context.Request.Headers["X-Signature-Timestamp"].ToString();
            if (!verifier.Verify(context.Request.Headers["X-Signature-Ed25519"].ToString(), timestamp, body) || !IsRecent(timestamp, options, time))
                return Results.Unauthorized();

            JsonElement payload;
            try
            {
                using var document = JsonDocument.Parse(body);
                payload = document.RootElement.Clone();
            }
            catch (JsonException)
            {
                return Results.BadRequest();
            }

            if (payload.TryGetProperty("type", out var type) && type.TryGetInt32(out var kind) && kind == InteractionType.Ping)
                return Results.Json(new { type = InteractionType.PongCallback });
            events.Writer.TryWrite(new GatewayDispatch("INTERACTION_CREATE", payload, null));
            return Results.Accepted();
        });

    private static bool IsRecent(string timestamp, DiscordEndpointOptions options, TimeProvider time) =>
        long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() <= options.MaxClockSkew;
}
