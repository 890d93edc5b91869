using System.Text.Json;
using FactBot.Core.Results;
using FactBot.Discord.Rest;

namespace FactBot.Discord.Gateway;

internal sealed class RestGatewayInfoSource(DiscordRestClient rest) : IGatewayInfoSource
{
    public async Task<Result<GatewayBotInfo>> GetAsync(CancellationToken ct)
    {
        var answer = await rest.SendAsync(DiscordRequest.Get("gateway/bot"), ct);
        if (!answer.IsSuccess)
            return answer.Error;
        if (answer.Value is not { ValueKind: JsonValueKind.Object } body
            || !body.TryGetProperty("url", out var url) || !Uri.TryCreate(url.GetString(), UriKind.Absolute, out var uri))
        {
            return new Unavailable("GET /gateway/bot answered without a gateway url");
        }

        var limit = body.TryGetProperty("session_start_limit", out var l) && l.ValueKind == JsonValueKind.Object
            ? new SessionStartLimit(
                Int(l, "total", 1000), Int(l, "remaining", 1000), TimeSpan.FromMilliseconds(Int(l, "reset_after", 0)), Math.Max(1, Int(l, "max_concurrency", 1)))
            : new SessionStartLimit(1000, 1000, TimeSpan.Zero, 1);
        return new GatewayBotInfo(uri, limit);
    }

    private static int Int(JsonElement json, string name, int fallback) =>
        json.TryGetProperty(name, out var value) && value.TryGetInt32(out var n) ? n : fallback;
}
