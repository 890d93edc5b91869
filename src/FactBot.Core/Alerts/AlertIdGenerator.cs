using System.Security.Cryptography;
using System.Text;

namespace FactBot.Core.Alerts;

/// <summary>
/// Short human ids like <c>A-7K2F</c>, derived from what the alert is and when it opened, so a replay of the same
/// data gives the same ids. Crockford-style alphabet without I, L, O, U; lengthened on collision.
/// </summary>
public static class AlertIdGenerator
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    /// <summary>Candidate ids, shortest first; the caller takes the first one not in use.</summary>
    public static IEnumerable<string> Candidates(string dedupeKey, DateTimeOffset openedAt)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{dedupeKey}|{openedAt.UtcTicks}"));
        for (var length = 4; length <= 12; length++)
            yield return "A-" + Encode(hash, length);
    }

    private static string Encode(byte[] hash, int length)
    {
        var chars = new char[length];
        var bits = BitConverter.ToUInt64(hash, 0);
        for (var i = 0; i < length; i++)
        {
            chars[i] = Alphabet[(int)(bits & 31)];
            bits >>= 5;
        }

        return new string(chars);
    }
}
