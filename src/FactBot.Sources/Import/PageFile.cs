using System.Text;
using FactBot.Core.Posts;
using FactBot.Core.Results;

namespace FactBot.Sources.Import;

/// <summary>
/// Reads a whole one-response file (plain or gzip) with the same guards as <see cref="LineReader"/>: at most
/// <see cref="PostLimits.MaxRecordBytes"/> held in memory, UTF-8 checked, a cut-off gzip reported as truncated. Also
/// fingerprints the file's head, so a position in it can tell a new file at the same path.
/// </summary>
internal static class PageFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text and the mark of its start (fingerprinting its head), or why it cannot be read.</summary>
    public static async Task<(string? Text, FileMark Mark, string? Error, ReadProblem Problem)> ReadAsync(string path, CancellationToken ct, int maxBytes = PostLimits.MaxRecordBytes)
    {
        byte[] bytes;
        try
        {
            var (content, isGzip) = FileText.OpenContent(path);
            await using (content)
            {
                var (read, tooLarge) = await ReadCappedAsync(content, maxBytes, ct);
                if (tooLarge)
                    return (null, FileMark.Start, $"the file is larger than {maxBytes} bytes; skipped", ReadProblem.Record);
                if (isGzip && !GzipEnd.IsComplete(path, read.Length))
                    return (null, Head(read), $"the file is truncated: its gzip stream stops after {read.Length} bytes of content, without the gzip end", ReadProblem.Truncated);
                bytes = read;
            }
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return (null, FileMark.Start, $"cannot read: {ex.Message}", ReadProblem.Unreadable);
        }

        try
        {
            return (StrictUtf8.GetString(bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsSpan(3) : bytes), Head(bytes), null, ReadProblem.Record);
        }
        catch (DecoderFallbackException)
        {
            return (null, Head(bytes), "binary data: the file is not UTF-8 text", ReadProblem.Record);
        }
    }

    /// <summary>The fingerprint mark of a file whose content starts with <paramref name="bytes"/>.</summary>
    public static FileMark Head(ReadOnlySpan<byte> bytes)
    {
        var hashed = Math.Min(bytes.Length, FileMark.HeadBytes);
        return new FileMark(0, 0, FileMark.Hash(bytes[..hashed]), hashed);
    }

    private static async Task<(byte[] Bytes, bool TooLarge)> ReadCappedAsync(Stream content, int maxBytes, CancellationToken ct)
    {
        using var memory = new MemoryStream();
        var buffer = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(buffer, ct)) > 0)
        {
            if (memory.Length + read > maxBytes)
                return ([], true);
            memory.Write(buffer, 0, read);
        }

        return (memory.ToArray(), false);
    }
}
