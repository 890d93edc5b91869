namespace FactBot.Sources.Import;

/// <summary>
/// A file's content (plain or decompressed gzip) seen through a 64 KiB buffer, with the byte offset of what was
/// consumed and the first <see cref="FileMark.HeadBytes"/> bytes kept for fingerprints. I/O failures become
/// <see cref="Error"/>: a broken file is bad input, not a bug.
/// </summary>
internal sealed class ContentWindow : IDisposable
{
    private const int BufferSize = 64 * 1024;

    private readonly byte[] _buffer = new byte[BufferSize];
    private readonly byte[] _head = new byte[FileMark.HeadBytes];
    private readonly Stream? _content;
    private int _start;
    private int _end;
    private long _read;
    private int _headLength;

    public ContentWindow(string path)
    {
        try
        {
            (_content, IsGzip) = FileText.OpenContent(path);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            Error = $"cannot open: {ex.Message}";
        }
    }

    public bool IsGzip { get; }

    public string? Error { get; private set; }

    /// <summary>Content bytes read from the file so far (consumed or buffered).</summary>
    public long BytesRead => _read;

    /// <summary>The bytes read but not consumed yet.</summary>
    public ReadOnlySpan<byte> Unread => _buffer.AsSpan(_start, _end - _start);

    /// <summary>The file's first bytes, as far as they were read.</summary>
    public ReadOnlySpan<byte> Head => _head.AsSpan(0, _headLength);

    public void Consume(int count) => _start += count;

    /// <summary>Reads more content after what is unread; false at the end of the file or on a read failure.</summary>
    public bool Fill(Func<string> where)
    {
        if (_content is null || Error is not null)
            return false;
        if (_start == _end)
            (_start, _end) = (0, 0);
        int read;
        try
        {
            read = _content.Read(_buffer, _end, BufferSize - _end);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            Error = $"read failed after {where()}: {ex.Message}";
            return false;
        }

        if (read == 0)
            return false;
        if (_headLength < FileMark.HeadBytes && _read <= _headLength && _read + read > _headLength)
        {
            var from = (int)(_headLength - _read);
            var count = Math.Min(read - from, FileMark.HeadBytes - _headLength);
            _buffer.AsSpan(_end + from, count).CopyTo(_head.AsSpan(_headLength));
            _headLength += count;
        }

        _read += read;
        _end += read;
        return true;
    }

    /// <summary>Reads until at least <paramref name="count"/> head bytes are known, or the file ends.</summary>
    public void ReadHead(int count)
    {
        while (_headLength < count && _end < BufferSize && Fill(() => "the start"))
        {
        }
    }

    /// <summary>Consumes content up to byte offset <paramref name="target"/>; false when the file ends before it.</summary>
    public bool SkipTo(long target)
    {
        var consumed = _read - (_end - _start);
        if (!IsGzip && _content is { CanSeek: true } file && target > _read)
        {
            // A plain file seeks; the head is known already (a resume reads it first to check the fingerprint).
            if (file.Length < target)
                return false;
            file.Position = target;
            (_start, _end, _read) = (0, 0, target);
            return true;
        }

        var remaining = target - consumed;
        while (remaining > 0)
        {
            if (_start == _end && !Fill(() => "the start"))
                return false;
            var take = (int)Math.Min(remaining, _end - _start);
            _start += take;
            remaining -= take;
        }

        return true;
    }

    public void Dispose() => _content?.Dispose();
}
