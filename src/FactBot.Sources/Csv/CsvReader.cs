using System.Text;
using nietras.SeparatedValues;

namespace FactBot.Sources.Csv;

/// <summary>
/// The one CSV reader of FactBot, on Sep (RFC 4180: quoted fields with commas, doubled quotes and line breaks;
/// CRLF, LF or CR line ends; a leading BOM). Rows come back whole, with the line they start on, so the loaders can
/// report a row that makes no sense and go on. Sep has no comment lines, so with a <c>commentPrefix</c> the text is
/// read first and lines starting with it are blanked (label lists are small and hand-edited; data exports are
/// streamed with comments off, since a cell starting with '#' is a hashtag there).
/// </summary>
/// <remarks>
/// Unlike a spreadsheet, Sep treats a quote anywhere as the start of a quoted section: a stray quote inside an
/// unquoted cell runs the row on to the next quote, and at the end of the file the row is flagged
/// <see cref="CsvRow.UnterminatedQuote"/> for the loaders to report.
/// </remarks>
internal sealed class CsvReader(TextReader reader, char? commentPrefix = '#')
{
    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        // Editors drop trailing commas and rows carry extra cells; the loaders judge each row against the header.
        DisableColCountCheck = true,
    });

    /// <summary>Reads every record; blank lines come back as rows whose <see cref="CsvRow.IsBlank"/> is true.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        HashSet<int>? comments = null;
        using var sep = commentPrefix is { } prefix
            ? Options.FromText(BlankComments(reader.ReadToEnd(), prefix, comments = []))
            : Options.From(reader);
        foreach (var row in sep)
        {
            // Sep numbers its first row's lines wrongly when there is no header row; the first row starts on line 1.
            var line = row.RowIndex == 0 ? 1 : row.LineNumberFrom;
            // Quotes toggle quoting, so an odd count means the file ended inside a quoted field. Count before
            // reading the cells: unescaping rewrites the row in place.
            var unterminated = row.Span.Count('"') % 2 == 1;
            var fields = new string[row.ColCount];
            for (var i = 0; i < fields.Length; i++)
                fields[i] = row[i].ToString();

            if (row.RowIndex == 0 && fields[0].StartsWith('\uFEFF'))
                fields[0] = fields[0][1..];

            var result = new CsvRow(line, fields, unterminated);
            if (comments is not null && result.IsBlank && comments.Contains(line))
                continue;

            yield return result;
        }
    }

    // Blanks whole lines that start with the prefix, keeping their line ends so line numbers stay right.
    private static string BlankComments(string text, char prefix, HashSet<int> commentLines)
    {
        if (text.StartsWith('\uFEFF'))
            text = text[1..];

        var result = new StringBuilder(text.Length);
        var line = 1;
        var start = 0;
        while (start < text.Length)
        {
            var end = text.AsSpan(start).IndexOfAny('\r', '\n');
            var lineEnd = end < 0 ? text.Length : start + end;
            var breakLength = lineEnd < text.Length && text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? 2
                : lineEnd < text.Length ? 1 : 0;
            if (text[start] == prefix)
                commentLines.Add(line);
            else
                result.Append(text, start, lineEnd - start);

            result.Append(text, lineEnd, breakLength);
            start = lineEnd + breakLength;
            line++;
        }

        return result.ToString();
    }
}
