using System.Security.Cryptography;
using System.Text;

namespace FactBot.Discord.Rendering;

/// <summary>
/// Discord's <c>nonce</c> (at most 25 characters) derived from the outbox id and the part number: a retry of the
/// same outbox message sends the same nonce, and with <c>enforce_nonce</c> Discord does not post it twice.
/// </summary>
internal static class MessageNonce
{
    public const int MaxLength = 25;

    public static string For(string outboxId, int part) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{outboxId}#{part}")))[..MaxLength];
}
