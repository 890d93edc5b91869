using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>
/// Streams the rows of a CSV file (plain or gzip) and turns I/O failures into <see cref="Error"/>, because an
/// async iterator cannot yield from a catch block and a broken file is bad input, not a bug.
/// </summary>
internal sealed class CsvFile : IDisposable
{
    private readonly StreamReader? _reader;
    private readonly IEnumerator<CsvRow>? _rows;

    private CsvFile(StreamReader? reader, string? error)
    {
        _reader = reader;
        // Data exports have no comment lines; a cell starting with '#' (a hashtag) is data.
        _rows = reader is null ? null : new CsvReader(reader, commentPrefix: null).ReadRows().GetEnumerator();
        Error = error;
    }

    /// <summary>Why the file could not be read further; null while all is well.</summary>
    public string? Error { get; private set; }

    public static CsvFile Open(string path)
    {
        try
        {
            return new CsvFile(FileText.Open(path), null);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return new CsvFile(null, $"cannot open: {ex.Message}");
        }
    }

    /// <summary>The next row, or null at the end or after a read failure (then <see cref="Error"/> is set).</summary>
    public CsvRow? Next()
    {
        if (_rows is null || Error is not null)
            return null;

        try
        {
            return _rows.MoveNext() ? _rows.Current : null;
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            Error = $"read failed: {ex.Message}";
            return null;
        }
    }

    /// <summary>The first non-blank row: the header.</summary>
    public CsvRow? Header()
    {
        while (Next() is { } row)
        {
            if (!row.IsBlank)
                return row;
        }

        return null;
    }

    public void Dispose()
    {
        _rows?.Dispose();
        _reader?.Dispose();
    }
}
