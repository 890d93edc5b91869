using System.Text;
using FactBot.Core.Posts;

namespace FactBot.Sources.Import;

/// <summary>
/// Reads a text file (plain or gzip) line by line as bytes, so that it knows the byte offset of every line end
/// (<see cref="Mark"/>), can resume at one (<see cref="Resume"/>), and no line can break it: a line longer than the
/// cap is skipped without being held in memory, a line that is not UTF-8 comes back with a problem instead of text,
/// a last line without its newline is left for the next read unless it is whole (<see cref="LineTail"/>), and a gzip
/// file that stops early is reported as truncated. I/O failures become <see cref="Error"/>, because an async iterator
/// cannot yield from a catch block and a broken file is bad input, not a bug.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly string _path;
    private readonly int _maxLineBytes;
    private readonly LineBuffer _pending;
    private ContentWindow _window;
    private long _offset;
    private string? _fullHeadHash;

    private string? _error;

    private LineReader(string path, int maxLineBytes)
    {
        _path = path;
        _maxLineBytes = maxLineBytes;
        _pending = new LineBuffer(maxLineBytes);
        _window = new ContentWindow(path);
    }

    /// <summary>Why the file could not be read further; null while all is well.</summary>
    public string? Error => _error ?? _window.Error;

    /// <summary>Whether <see cref="Error"/> is a gzip file that stops before its end.</summary>
    public bool Truncated { get; private set; }

    /// <summary>Whether the last line had no newline and was not whole, so it was not returned (nor passed).</summary>
    public bool HeldBack { get; private set; }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    /// <summary>The byte offset just after the line last returned.</summary>
    public long Offset => _offset;

    /// <summary>Just after the line last returned: where a resume from it starts.</summary>
    public FileMark Mark => MarkOf(LineNumber, _offset, FileMark.HashedAt(_offset));

    public static LineReader Open(string path, int maxLineBytes = PostLimits.MaxRecordBytes)
    {
        return new LineReader(path, maxLineBytes);
    }

    /// <summary>A mark at <paramref name="offset"/> that fingerprints the first <paramref name="hashed"/> bytes, which must have been read.</summary>
    public FileMark MarkOf(int line, long offset, long hashed)
    {
        var length = (int)Math.Min(hashed, _window.Head.Length);
        var hash = length == FileMark.HeadBytes
            ? _fullHeadHash ??= FileMark.Hash(_window.Head)
            : FileMark.Hash(_window.Head[..length]);
        return new FileMark(line, offset, hash, length);
    }

    /// <summary>
    /// Moves to <paramref name="mark"/> when this is the file it was made in (same head, long enough) and returns true;
    /// otherwise stays at the start (a new file at the same path) and returns false.
    /// </summary>
    public bool Resume(FileMark mark)
    {
        var hashed = (int)Math.Min(mark.Hashed, FileMark.HeadBytes);
        _window.ReadHead(hashed);
        if (_window.Head.Length >= hashed && FileMark.Hash(_window.Head[..hashed]) == mark.Fingerprint && _window.SkipTo(mark.Offset))
        {
            LineNumber = mark.Line;
            _offset = mark.Offset;
            return true;
        }

        // Not this file (or it shrank): read it from its start.
        _window.Dispose();
        _window = new ContentWindow(_path);
        _fullHeadHash = null;
        return false;
    }

    /// <summary>The next line, or null at the end, after a read failure (<see cref="Error"/>) or a held-back last line.</summary>
    public TextLine? Next()
    {
        if (Error is not null || HeldBack)
            return null;

        _pending.Clear();
        long lineBytes = 0;
        while (true)
        {
            if (_window.Unread.IsEmpty && !_window.Fill(() => $"line {LineNumber}"))
                return Error is null ? AtEnd(lineBytes) : null;

            var span = _window.Unread;
            var newline = span.IndexOf((byte)'\n');
            if (newline >= 0 && lineBytes == 0)
            {
                // The common case, a whole line in the buffer: decoded straight from it.
                _window.Consume(newline + 1);
                return Complete(span[..newline], newline + 1);
            }

            var take = newline < 0 ? span.Length : newline;
            _pending.Append(span[..take]);
            lineBytes += take;
            _window.Consume(newline < 0 ? take : take + 1);
            if (newline >= 0)
                return Complete(_pending.Content, lineBytes + 1);
        }
    }

    public void Dispose() => _window.Dispose();

    private TextLine? AtEnd(long lineBytes)
    {
        if (lineBytes > 0 && !_pending.Overflowed && LineTail.IsComplete(_pending.Content))
            return Complete(_pending.Content, lineBytes);

        HeldBack = lineBytes > 0;
        if (_window.IsGzip && !GzipEnd.IsComplete(_path, _window.BytesRead))
        {
            Truncated = true;
            _error = $"the file is truncated: its gzip stream stops after {_window.BytesRead} bytes of content, without the gzip end";
        }

        return null;
    }

    private TextLine Complete(ReadOnlySpan<byte> line, long consumed)
    {
        _offset += consumed;
        LineNumber++;
        if (_pending.Overflowed || line.Length > _maxLineBytes)
            return new TextLine(LineNumber, null, $"the line is longer than {_maxLineBytes} bytes; skipped");

        if (line.EndsWith("\r"u8))
            line = line[..^1];
        if (LineNumber == 1 && line.StartsWith("\uFEFF"u8))
            line = line[3..];
        try
        {
            return new TextLine(LineNumber, StrictUtf8.GetString(line), null);
        }
        catch (DecoderFallbackException)
        {
            return new TextLine(LineNumber, null, "binary data: the line is not UTF-8 text");
        }
    }
}
