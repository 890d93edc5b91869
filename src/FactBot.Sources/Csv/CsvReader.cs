using System.Text;

namespace FactBot.Sources.Csv;

/// <summary>
/// A small streaming RFC 4180 reader: quoted fields with commas, doubled quotes and line breaks; CRLF, LF or CR
/// line ends; a leading BOM. It is lenient where spreadsheets are sloppy (a stray quote inside an unquoted field
/// is kept as text) because label lists are hand-edited, and the loaders report rows that make no sense.
/// </summary>
internal sealed class CsvReader(TextReader reader, char? commentPrefix = '#')
{
    private const char Delimiter = ',';
    private const char Quote = '"';
    private int _line = 1;
    private bool _started;

    /// <summary>Reads every record; blank lines come back as rows whose <see cref="CsvRow.IsBlank"/> is true.</summary>
    public IEnumerable<CsvRow> ReadRows()
    {
        while (ReadRow() is { } row)
            yield return row;
    }

    private CsvRow? ReadRow()
    {
        SkipBom();
        while (commentPrefix is { } prefix && reader.Peek() == prefix)
            SkipLine();

        if (reader.Peek() < 0)
            return null;

        var startLine = _line;
        var fields = new List<string>();
        var field = new StringBuilder();
        var inQuotes = false;
        var wasQuoted = false;
        while (true)
        {
            var next = reader.Read();
            if (next < 0)
            {
                fields.Add(field.ToString());
                return new CsvRow(startLine, fields, inQuotes);
            }

            var c = (char)next;
            if (inQuotes)
            {
                if (c == Quote)
                {
                    if (reader.Peek() == Quote)
                    {
                        reader.Read();
                        field.Append(Quote);
                    }
                    else
                    {
                        inQuotes = false;
                    }
                }
                else
                {
                    CountLineBreak(c);
                    field.Append(c);
                }

                continue;
            }

            switch (c)
            {
                case Delimiter:
                    fields.Add(field.ToString());
                    field.Clear();
                    wasQuoted = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && reader.Peek() == '\n')
                        reader.Read();
                    _line++;
                    fields.Add(field.ToString());
                    return new CsvRow(startLine, fields);
                case Quote when field.Length == 0 && !wasQuoted:
                    inQuotes = true;
                    wasQuoted = true;
                    break;
                default:
                    field.Append(c);
                    break;
            }
        }
    }

    private void CountLineBreak(char c)
    {
        // Inside quotes a CRLF is one line break, so only count the LF of a pair.
        if (c == '\n' || (c == '\r' && reader.Peek() != '\n'))
            _line++;
    }

    private void SkipLine()
    {
        while (reader.Read() is var next and >= 0)
        {
            if (next == '\n' || (next == '\r' && reader.Peek() != '\n'))
                break;
        }

        _line++;
    }

    private void SkipBom()
    {
        // StreamReader already drops a BOM; a StringReader or a doubled BOM does not.
        if (!_started)
        {
            _started = true;
            if (reader.Peek() == '\uFEFF')
                reader.Read();
        }
    }
}
