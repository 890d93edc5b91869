using System.Globalization;
using System.Security.Cryptography;

namespace FactBot.Sources.Import;

/// <summary>
/// A resume point in a text file that knows which file it belongs to: <c>{Line}@{Offset}#{Fingerprint}</c>, e.g.
/// <c>150@48213#9f86d081884c7d65</c>. <see cref="Offset"/> is the byte (of the decompressed content, for gzip) just
/// after line <see cref="Line"/>; <see cref="Fingerprint"/> hashes the file's first <see cref="Hashed"/> bytes (at
/// most <see cref="HeadBytes"/>). The path alone does not identify a file: a new export written to the same path must
/// be read from its start, an appended one from the offset, and only the head of a file says which it is. Hashing
/// no further than the offset keeps an appended small file recognisable while it grows.
/// </summary>
internal readonly record struct FileMark(int Line, long Offset, string Fingerprint, long Hashed)
{
    /// <summary>How much of a file's head identifies it.</summary>
    public const int HeadBytes = 4096;

    /// <summary>The start of a file: nothing read, nothing to check.</summary>
    public static readonly FileMark Start = new(0, 0, Hash([]), 0);

    /// <summary>How many head bytes a mark at <paramref name="offset"/> hashes by default.</summary>
    public static long HashedAt(long offset) => Math.Min(offset, HeadBytes);

    /// <summary>The fingerprint of a file whose head is <paramref name="head"/> (already cut to the hashed length).</summary>
    public static string Hash(ReadOnlySpan<byte> head) =>
        Convert.ToHexStringLower(SHA256.HashData(head)[..8]);

    /// <summary>Reads the mark this type writes; false for anything else (e.g. a bare line number of older versions).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out FileMark mark)
    {
        mark = default;
        var at = text.IndexOf('@');
        var hash = text.IndexOf('#');
        if (at <= 0 || hash <= at)
            return false;

        var rest = text[(hash + 1)..];
        var slash = rest.IndexOf('/');
        var fingerprint = slash < 0 ? rest : rest[..slash];
        long hashed = 0;
        if (!int.TryParse(text[..at], NumberStyles.None, CultureInfo.InvariantCulture, out var line)
            || !long.TryParse(text[(at + 1)..hash], NumberStyles.None, CultureInfo.InvariantCulture, out var offset)
            || fingerprint.Length != 16
            || (slash >= 0 && !long.TryParse(rest[(slash + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out hashed)))
        {
            return false;
        }

        mark = new FileMark(line, offset, fingerprint.ToString(), slash < 0 ? HashedAt(offset) : hashed);
        return true;
    }

    /// <summary>How far a file must reach for this mark to belong to it.</summary>
    public long Needs => Math.Max(Offset, Hashed);

    // The hashed length is written only when it is not the default, which keeps the common position short.
    public override string ToString() =>
        Hashed == HashedAt(Offset)
            ? string.Create(CultureInfo.InvariantCulture, $"{Line}@{Offset}#{Fingerprint}")
            : string.Create(CultureInfo.InvariantCulture, $"{Line}@{Offset}#{Fingerprint}/{Hashed}");
}
