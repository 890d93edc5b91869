using System.IO.Compression;
using System.Text;

namespace FactBot.Sources.Import;

/// <summary>Opens a text file for streaming, transparently un-gzipping it when it starts with the gzip magic bytes.</summary>
internal static class FileText
{
    private const int BufferSize = 64 * 1024;

    public static StreamReader Open(string path)
    {
        var stream = Metered(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, BufferSize, FileOptions.SequentialScan));
        try
        {
            // Detect by content, not by name: recorders sometimes write .jsonl files that are compressed and vice versa.
            Stream content = IsGzip(stream) ? new GZipStream(stream, CompressionMode.Decompress) : stream;
            return new StreamReader(content, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, BufferSize);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The file's content as bytes: the file itself (seekable), or its decompressed stream when it starts with the gzip
    /// magic bytes. Others may write the file meanwhile (the watch folder reads files as they grow).
    /// </summary>
    public static (Stream Content, bool IsGzip) OpenContent(string path)
    {
        var stream = Metered(path, new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, BufferSize, FileOptions.SequentialScan));
        try
        {
            return IsGzip(stream) ? (new GZipStream(stream, CompressionMode.Decompress), true) : (stream, false);
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// The latest a record in <paramref name="path"/> can be from, for <see cref="FactBot.Core.Posts.PostValidator"/>:
    /// the later of now and the file's last write. Replays run on a virtual clock that starts before their data, but
    /// no record is newer than the file holding it.
    /// </summary>
    public static DateTimeOffset Latest(string path, TimeProvider time)
    {
        var now = time.GetUtcNow();
        try
        {
            var written = new DateTimeOffset(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
            return written > now ? written : now;
        }
        catch (Exception ex) when (IsExpected(ex) || ex is ArgumentException or NotSupportedException)
        {
            return now;
        }
    }

    /// <summary>Whether <paramref name="path"/> is gzip-compressed (by its magic bytes); false when unreadable.</summary>
    public static bool IsGzipFile(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            return IsGzip(stream);
        }
        catch (Exception ex) when (IsExpected(ex))
        {
            return false;
        }
    }

    /// <summary>Whether an I/O failure is the file's fault (missing, locked, corrupt) rather than a bug.</summary>
    public static bool IsExpected(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or InvalidDataException;

    // Reads in a metered run (an import or replay showing progress) report how far they are.
    private static Stream Metered(string path, FileStream stream) =>
        FileReadMeter.Current is { } meter ? new MeteredStream(stream, Path.GetFullPath(path), meter) : stream;

    private static bool IsGzip(Stream stream)
    {
        Span<byte> magic = stackalloc byte[2];
        var read = stream.ReadAtLeast(magic, 2, throwOnEndOfStream: false);
        stream.Position = 0;
        return read == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
    }
}
