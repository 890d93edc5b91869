using FactBot.Core.Results;

namespace FactBot.Discord.Rest;

/// <summary>
/// Discord refused a request with a 4xx other than 429. Callers decide what it means (a 403/404 on a channel
/// suspends a subscription; a 400 is our bug).
/// </summary>
/// <param name="Status">HTTP status.</param>
/// <param name="Code">Discord's JSON error code (e.g. 50001 Missing Access, 10003 Unknown Channel), when given.</param>
internal sealed record DiscordRejected(int Status, int? Code, string Message) : Error(Message)
{
    public const int UnknownMessage = 10008;
}
