using System.Security.Cryptography;
using System.Text;

namespace FactBot.Discord.Rest;

/// <summary>
/// A REST call's method and path (relative to the API base), with what rate limiting and logging need: the route key
/// (minor ids replaced, the top-level resource kept, as Discord buckets by it), and a display form without tokens.
/// </summary>
internal sealed class DiscordRoute
{
    private static readonly string[] MajorResources = ["channels", "guilds", "webhooks", "interactions"];

    public DiscordRoute(HttpMethod method, string path)
    {
        Method = method;
        Path = path.TrimStart('/');
        var segments = Path.Split('?')[0].Split('/');
        var template = new string[segments.Length];
        var display = new string[segments.Length];
        var major = new List<string>();
        var isMajorResource = MajorResources.Contains(segments[0], StringComparer.Ordinal);
        for (var i = 0; i < segments.Length; i++)
        {
            var segment = segments[i];
            // webhooks/{id}/{token} and interactions/{id}/{token}: the token is a secret and part of the resource.
            var isToken = i == 2 && segments[0] is "webhooks" or "interactions" && segment.Length > 0 && !segment.StartsWith('@') && segment != "messages";
            if (isMajorResource && (i == 1 || isToken))
            {
                var kept = isToken ? Hash(segment) : segment;
                major.Add(kept);
                template[i] = kept;
                display[i] = isToken ? "{token}" : segment;
            }
            else
            {
                var isId = segment.Length > 0 && segment.All(char.IsAsciiDigit);
                template[i] = isId ? "{id}" : segment;
                display[i] = template[i];
            }
        }

        Key = $"{method.Method} {string.Join('/', template)}";
        Major = string.Join('/', major);
        Display = $"{method.Method} /{string.Join('/', display)}";
        UsesBotToken = segments[0] is not ("webhooks" or "interactions") || segments.Length < 3;
    }

    public HttpMethod Method { get; }

    /// <summary>Relative path including any query, e.g. <c>channels/123/messages</c>.</summary>
    public string Path { get; }

    /// <summary>Method and template with the top-level id kept: what Discord's buckets are per.</summary>
    public string Key { get; }

    /// <summary>The top-level resource (channel, guild, webhook+token hash), which splits a shared bucket.</summary>
    public string Major { get; }

    /// <summary>For logs: never contains a token.</summary>
    public string Display { get; }

    /// <summary>Interaction callbacks and webhook edits need no bot token and are exempt from the global limit.</summary>
    public bool UsesBotToken { get; }

    public override string ToString() => Display;

    private static string Hash(string secret) =>
        "t" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)))[..12];
}
