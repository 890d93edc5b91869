using System.Buffers.Binary;
using System.IO.Compression;

namespace FactBot.Sources.Demo;

/// <summary>
/// Gzip with a fixed header (no time, no file name, OS "unknown"). GZipStream writes the OS of the machine into
/// the header, so the same data would give different bytes on Windows and Linux; the deflate body itself is the
/// runtime's and is stable for a given .NET version.
/// </summary>
internal static class DeterministicGzip
{
    private static readonly byte[] Header = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xFF];

    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var output = new MemoryStream();
        output.Write(Header);
        using (var deflate = new DeflateStream(output, CompressionLevel.SmallestSize, leaveOpen: true))
            deflate.Write(data);

        Span<byte> trailer = stackalloc byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(trailer, Crc32.Compute(data));
        BinaryPrimitives.WriteUInt32LittleEndian(trailer[4..], unchecked((uint)data.Length));
        output.Write(trailer);
        return output.ToArray();
    }
}
