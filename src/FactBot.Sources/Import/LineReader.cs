namespace FactBot.Sources.Import;

/// <summary>
/// Reads a text file line by line and turns I/O failures (file gone, corrupt gzip) into a message, because an
/// async iterator cannot yield from inside a catch block and a broken file is bad input, not a bug.
/// </summary>
internal sealed class LineReader : IDisposable
{
    private readonly StreamReader? _reader;

    private LineReader(StreamReader? reader, string? error)
    {
        _reader = reader;
        Error = error;
    }

    /// <summary>Why the file could not be read further; null while all is well.</summary>
    public string? Error { get; private set; }

    /// <summary>1-based number of the line last returned.</summary>
    public int LineNumber { get; private set; }

    public static LineReader Open(string path)
    {
        try
        {
            return new LineReader(FileText.Open(path), null);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return new LineReader(null, $"cannot open: {ex.Message}");
        }
    }

    /// <summary>The next line, or null at the end of the file or after a read failure (then <see cref="Error"/> is set).</summary>
    public async Task<string?> NextAsync(CancellationToken ct)
    {
        if (_reader is null || Error is not null)
            return null;

        try
        {
            var line = await _reader.ReadLineAsync(ct);
            if (line is not null)
                LineNumber++;
            return line;
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            Error = $"read failed after line {LineNumber}: {ex.Message}";
            return null;
        }
    }

    public void Dispose() => _reader?.Dispose();
}
