using System.Runtime.CompilerServices;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>Splits one CSV line (RFC 4180 quoting, no line breaks inside fields) without allocating per field.</summary>
internal static class CsvFields
{
    // Index of the comma ending the first field (quote-aware), or the length if it is the last field.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int FieldEnd(ReadOnlySpan<byte> line)
    {
        if (line.IsEmpty || line[0] != (byte)'"')
        {
            var comma = line.IndexOf((byte)',');
            return comma < 0 ? line.Length : comma;
        }

        var i = 1;
        while (i < line.Length)
        {
            if (line[i] == (byte)'"')
            {
                if (i + 1 < line.Length && line[i + 1] == (byte)'"')
                {
                    i += 2;
                    continue;
                }

                var comma = line[(i + 1)..].IndexOf((byte)',');
                return comma < 0 ? line.Length : i + 1 + comma;
            }

            i++;
        }

        return line.Length;
    }

    /// <summary>
    /// Splits up to <c>fields.Length</c> fields of <paramref name="line"/>. Unquoted lines (the usual case) are
    /// sliced in place; a line with quotes is unescaped into <paramref name="scratch"/>. Returns the number of
    /// fields found (capped at <c>fields.Length</c>, so more means "enough"), or -1 for an unterminated quote.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Split(ReadOnlySpan<byte> line, Span<Range> fields, ref byte[] scratch, out ReadOnlySpan<byte> source)
    {
        source = line;
        var quoted = line.Contains((byte)'"');
        if (quoted && scratch.Length < line.Length)
            scratch = new byte[line.Length * 2];

        var written = 0;
        var count = 0;
        var rest = line;
        while (count < fields.Length)
        {
            var end = FieldEnd(rest);
            var field = rest[..end];
            if (!quoted)
            {
                var start = line.Length - rest.Length;
                fields[count++] = new Range(start, start + end);
            }
            else
            {
                var start = written;
                if (!Unquote(field, scratch.AsSpan(written), out var length))
                    return -1;

                written += length;
                fields[count++] = new Range(start, written);
            }

            if (end == rest.Length)
                break;

            rest = rest[(end + 1)..];
        }

        if (quoted)
            source = scratch.AsSpan(0, written);

        return count;
    }

    private static bool Unquote(ReadOnlySpan<byte> field, Span<byte> target, out int length)
    {
        if (field.IsEmpty || field[0] != (byte)'"')
        {
            field.CopyTo(target);
            length = field.Length;
            return true;
        }

        length = 0;
        for (var i = 1; i < field.Length; i++)
        {
            if (field[i] != (byte)'"')
            {
                target[length++] = field[i];
                continue;
            }

            if (i + 1 < field.Length && field[i + 1] == (byte)'"')
            {
                target[length++] = (byte)'"';
                i++;
                continue;
            }

            // The closing quote: anything between it and the comma is kept, as lenient readers do.
            field[(i + 1)..].CopyTo(target[length..]);
            length += field.Length - i - 1;
            return true;
        }

        return false;
    }
}
