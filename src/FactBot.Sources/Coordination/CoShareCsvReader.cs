using System.Globalization;
using System.Runtime.CompilerServices;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;
using FactBot.Sources.Csv;
using nietras.SeparatedValues;

namespace FactBot.Sources.Coordination;

/// <summary>
/// Reads CooRTweet's input CSV (<c>object_id,account_id,content_id,timestamp_share</c>, any column order, extra
/// columns ignored, as <c>data.table::fwrite</c> writes it) with Sep: ids go from Sep's spans straight into the
/// table's interners, so no string is created per row. Timestamps must be whole Unix seconds. A malformed row is
/// skipped and reported with its line and column; the other rows are read. Only a missing file or header fails.
/// </summary>
public static class CoShareCsvReader
{
    private static readonly string[] Columns = ["object_id", "account_id", "content_id", "timestamp_share"];

    private static readonly SepReaderOptions Options = Sep.New(',').Reader(o => o with
    {
        HasHeader = false,
        Unescape = true,
        DisableColCountCheck = true,
    });

    /// <summary>Reads the file at <paramref name="path"/>.</summary>
    public static Result<CoShareRead> ReadFile(string path)
    {
        try
        {
            using var reader = Options.FromFile(path);
            // CooRTweet rows are about 110 bytes; a close first guess saves the builder's regrowth copies.
            return Read(reader, new FileInfo(path).Length / 64);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new NotFound($"Input file not found: {path}");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InvalidArgument("input", $"Cannot read {path}: {e.Message}");
        }
    }

    /// <summary>Reads CSV <paramref name="text"/> (a leading BOM is skipped).</summary>
    public static Result<CoShareRead> ReadText(string text)
    {
        using var reader = Options.FromText(text);
        return Read(reader, text.Length / 64);
    }

    // Fully optimised from the first call: the verb reads one file per process, so tier-0 code would do most of it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static Result<CoShareRead> Read(SepReader reader, long expectedRows)
    {
        if (!reader.MoveNext())
            return new MalformedRecord("line 1", "The input is empty; expected a header: " + string.Join(',', Columns));

        var map = MapColumns(reader.Current);
        if (!map.IsSuccess)
            return map.Error;

        var positions = map.Value;
        var lastNeeded = positions.Max();
        var builder = new CoShareTableBuilder((int)Math.Clamp(expectedRows, 16, 1 << 24));
        var skipped = new List<CsvProblem>();
        while (reader.MoveNext())
        {
            var row = reader.Current;
            if (row.ColCount == 1 && row.Span.IsEmpty)
                continue;

            var problem = Check(row, positions, lastNeeded, out var timestamp);
            if (problem is not null)
            {
                skipped.Add(problem);
                continue;
            }

            builder.Add(row[positions[0]].Span, row[positions[1]].Span, row[positions[2]].Span, timestamp);
        }

        return new CoShareRead(builder.Build(), skipped);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static CsvProblem? Check(SepReader.Row row, int[] positions, int lastNeeded, out long timestamp)
    {
        timestamp = 0;
        var line = row.LineNumberFrom;
        // Quotes toggle quoting, so an odd count means the file ended inside a quoted field. Counted before the
        // cells are read: unescaping rewrites the row in place.
        if (row.Span.Count('"') % 2 == 1)
            return new CsvProblem(line, "", "Unterminated quoted field: the file ends inside it.");

        if (row.ColCount <= lastNeeded)
        {
            var count = row.ColCount;
            var missing = Columns[Array.FindIndex(positions, p => p >= count)];
            return new CsvProblem(line, missing, $"Expected at least {lastNeeded + 1} fields, found {row.ColCount}.");
        }

        for (var i = 0; i < 3; i++)
        {
            if (row[positions[i]].Span.IsEmpty)
                return new CsvProblem(line, Columns[i], "object_id, account_id and content_id must not be empty.");
        }

        var time = row[positions[3]].Span;
        return long.TryParse(time, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out timestamp)
            ? null
            : new CsvProblem(line, Columns[3], $"timestamp_share must be whole Unix seconds, found '{time}'.");
    }

    private static Result<int[]> MapColumns(SepReader.Row header)
    {
        if (header.Span.Count('"') % 2 == 1)
            return new MalformedRecord("line 1", "Unterminated quoted field in the header.");

        var names = new List<string>(header.ColCount);
        for (var i = 0; i < header.ColCount; i++)
            names.Add(header[i].Span.Trim().TrimStart('\uFEFF').ToString());

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
}
