using System.Buffers.Text;
using System.Runtime.CompilerServices;
using System.Text;
using FactBot.Core.Results;

namespace FactBot.Core.Detection.Coordination.Batch;

/// <summary>
/// Reads CooRTweet's input CSV (<c>object_id,account_id,content_id,timestamp_share</c>, any column order, extra
/// columns ignored, as <c>data.table::fwrite</c> writes it) straight from bytes: ids are interned from spans, so no
/// string is created per row. Quoted fields (<c>"a,b"</c>, <c>""</c> escapes) are understood; a field may not span
/// lines. Timestamps must be whole Unix seconds.
/// </summary>
public static class CoShareCsvReader
{
    private static readonly string[] Columns = ["object_id", "account_id", "content_id", "timestamp_share"];

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static Result<CoShareTable> ReadFile(string path)
    {
        byte[] data;
        try
        {
            data = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new NotFound($"Input file not found: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InvalidArgument("input", $"Cannot read {path}: {e.Message}");
        }

        return Read(data);
    }

    /// <summary>Reads CSV text given as UTF-8 bytes (a leading BOM is skipped).</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Result<CoShareTable> Read(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith("\uFEFF"u8))
            data = data[3..];

        var lineNumber = 0;
        var header = NextLine(ref data, ref lineNumber);
        if (header.IsEmpty)
            return new MalformedRecord("line 1", "The input is empty; expected a header: " + string.Join(',', Columns));

        var map = MapColumns(header);
        if (!map.IsSuccess)
            return map.Error;

        var positions = map.Value;
        var lastNeeded = positions.Max();
        var builder = new CoShareTableBuilder(data.Count((byte)'\n') + 1);
        Span<Range> fields = stackalloc Range[lastNeeded + 1];
        var scratch = new byte[256];
        while (!data.IsEmpty)
        {
            var line = NextLine(ref data, ref lineNumber);
            if (line.IsEmpty)
                continue;

            var found = CsvFields.Split(line, fields, ref scratch, out var source);
            if (found < 0)
                return new MalformedRecord($"line {lineNumber}", "Unterminated quoted field.");

            if (found <= lastNeeded)
                return new MalformedRecord($"line {lineNumber}", $"Expected at least {lastNeeded + 1} fields, found {found}.");

            var objectId = source[fields[positions[0]]];
            var accountId = source[fields[positions[1]]];
            var contentId = source[fields[positions[2]]];
            var time = source[fields[positions[3]]];
            if (objectId.IsEmpty || accountId.IsEmpty || contentId.IsEmpty)
                return new MalformedRecord($"line {lineNumber}", "object_id, account_id and content_id must not be empty.");

            if (!Utf8Parser.TryParse(time, out long timestamp, out var consumed) || consumed != time.Length)
            {
                return new MalformedRecord(
                    $"line {lineNumber}", $"timestamp_share must be whole Unix seconds, found '{Encoding.UTF8.GetString(time)}'.");
            }

            builder.Add(objectId, accountId, contentId, timestamp);
        }

        return builder.Build();
    }

    private static Result<int[]> MapColumns(ReadOnlySpan<byte> header)
    {
        var names = new List<string>();
        var scratch = new byte[256];
        Span<Range> one = stackalloc Range[1];
        while (true)
        {
            // Split one field at a time so any number of header columns is accepted.
            var comma = CsvFields.FieldEnd(header);
            var field = header[..comma];
            if (CsvFields.Split(field, one, ref scratch, out var source) < 0)
                return new MalformedRecord("line 1", "Unterminated quoted field in the header.");

            names.Add(Encoding.UTF8.GetString(source[one[0]]).Trim());
            if (comma == header.Length)
                break;

            header = header[(comma + 1)..];
        }

        var positions = new int[Columns.Length];
        for (var i = 0; i < Columns.Length; i++)
        {
            positions[i] = names.IndexOf(Columns[i]);
            if (positions[i] < 0)
            {
                return new MalformedRecord(
                    "line 1", $"Missing column '{Columns[i]}'; the header must name {string.Join(", ", Columns)}.");
            }
        }

        return positions;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<byte> NextLine(ref ReadOnlySpan<byte> data, ref int lineNumber)
    {
        lineNumber++;
        var end = data.IndexOf((byte)'\n');
        ReadOnlySpan<byte> line;
        if (end < 0)
        {
            line = data;
            data = [];
        }
        else
        {
            line = data[..end];
            data = data[(end + 1)..];
        }

        return line.EndsWith((byte)'\r') ? line[..^1] : line;
    }
}
