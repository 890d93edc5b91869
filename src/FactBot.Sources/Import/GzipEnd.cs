using System.Buffers.Binary;
using ICSharpCode.SharpZipLib;
using ICSharpCode.SharpZipLib.GZip;

namespace FactBot.Sources.Import;

/// <summary>
/// Whether a gzip file really ended. <see cref="System.IO.Compression.GZipStream"/> checks a trailer's CRC when it
/// reads one, but when the file stops early (a copy cut short, a recorder still writing) it just reports the end of
/// the data, and the file would import half-way without a word. So at the end of every gzip file this checks that a
/// trailer was there.
/// </summary>
internal static class GzipEnd
{
    /// <summary>True when <paramref name="path"/> ends with the gzip trailer of <paramref name="contentLength"/> bytes of content.</summary>
    public static bool IsComplete(string path, long contentLength)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            // Fast path, one member (what gzip, GZipStream and most recorders write): its trailer ends the file, and its
            // last 4 bytes are the content length mod 2^32. Data cut mid-stream matches that by chance once in 2^32.
            if (file.Length >= 18 && TrailerLength(file) == unchecked((uint)contentLength))
                return true;

            // Several members (appended writes) end with the last member's trailer only: a second, managed decoder,
            // which does report a missing trailer, tells them from a cut-off file. Rare, so its cost does not matter.
            file.Position = 0;
            using var gzip = new GZipInputStream(file) { IsStreamOwner = false };
            gzip.CopyTo(Stream.Null);
            return true;
        }
        catch (Exception ex) when (ex is SharpZipBaseException or EndOfStreamException || FileText.IsExpected(ex))
        {
            return false;
        }
    }

    private static uint TrailerLength(FileStream file)
    {
        Span<byte> last = stackalloc byte[4];
        file.Seek(-4, SeekOrigin.End);
        file.ReadExactly(last);
        return BinaryPrimitives.ReadUInt32LittleEndian(last);
    }
}
