using System.Text;
using NSec.Cryptography;

namespace FactBot.Discord.Endpoint;

/// <summary>
/// Checks Discord's <c>X-Signature-Ed25519</c> over <c>timestamp + raw body</c> with the application's public key
/// (NSec over libsodium: the .NET 10 BCL has no public Ed25519).
/// </summary>
internal sealed class Ed25519SignatureVerifier(string publicKeyHex)
{
    private const int SignatureBytes = 64;
    private readonly PublicKey _key = PublicKey.Import(SignatureAlgorithm.Ed25519, Convert.FromHexString(publicKeyHex), KeyBlobFormat.RawPublicKey);

    public bool Verify(string? signatureHex, string? timestamp, ReadOnlySpan<byte> body)
    {
        if (string.IsNullOrEmpty(timestamp) || signatureHex is not { Length: SignatureBytes * 2 })
            return false;
        byte[] signature;
        try
        {
            signature = Convert.FromHexString(signatureHex);
        }
        catch (FormatException)
        {
            return false;
        }

        var prefix = Encoding.UTF8.GetBytes(timestamp);
        var message = new byte[prefix.Length + body.Length];
        prefix.CopyTo(message, 0);
        body.CopyTo(message.AsSpan(prefix.Length));
        return SignatureAlgorithm.Ed25519.Verify(_key, message, signature);
    }
}
