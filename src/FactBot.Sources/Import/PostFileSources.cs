using FactBot.Core.Abstractions;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Import;

/// <summary>Opens a post file or directory as an <see cref="IPostSource"/>, choosing the format by extension and content.</summary>
public static class PostFileSources
{
    /// <summary>What <see cref="Open"/> accepts, for error messages and help text.</summary>
    public const string SupportedFormats =
        "FactBot canonical JSONL (.jsonl, .jsonl.gz; one post per line); "
        + "TikTok Research API video-query responses (.json, .json.gz; a directory of them; "
        + "or .jsonl/.jsonl.gz with one response per line); "
        + "Zeeschuimer/4CAT TikTok NDJSON (.ndjson, .jsonl; one captured item per line); "
        + "CSV exports (.csv, .csv.gz): TikTok Research API dumps, 4CAT TikTok datasets, CooRTweet input";

    /// <summary>
    /// Picks the reader for <paramref name="path"/>: a directory or <c>.json</c> is TikTok response pages; a
    /// <c>.jsonl</c>/<c>.ndjson</c> is Zeeschuimer items when its first non-blank line is a captured TikTok item,
    /// TikTok pages when that line has a top-level <c>data</c> object, otherwise canonical posts; a <c>.csv</c> is
    /// told by its header (<see cref="CsvFormat"/>). Source ids are <c>file:</c> + the full path.
    /// </summary>
    public static Result<IPostSource> Open(string path, TimeProvider time)
    {
        if (string.IsNullOrWhiteSpace(path))
            return new InvalidArgument(nameof(path), "No file given. Supported: " + SupportedFormats + ".");

        if (Directory.Exists(path))
            return OpenDirectory(path, time);

        if (!File.Exists(path))
            return new NotFound($"No file or directory at {path}.");

        if (IsJsonPage(path))
            return OpenPage(path, time);

        if (IsJsonLines(path))
            return OpenLines(path, time);

        if (IsCsv(path))
            return OpenCsv(path, time);

        return Fail($"Cannot tell the format of {Path.GetFileName(path)} from its name. Supported: {SupportedFormats}.");
    }

    /// <summary>The source id for a path: <c>file:</c> + the full path, without a trailing separator.</summary>
    internal static string IdOf(string path) => "file:" + Path.TrimEndingDirectorySeparator(Path.GetFullPath(path));

    internal static bool IsJsonPage(string path) =>
        path.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".json.gz", StringComparison.OrdinalIgnoreCase);

    internal static bool IsJsonLines(string path) =>
        path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".jsonl.gz", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".ndjson.gz", StringComparison.OrdinalIgnoreCase);

    internal static bool IsCsv(string path) =>
        path.EndsWith(".csv", StringComparison.OrdinalIgnoreCase)
        || path.EndsWith(".csv.gz", StringComparison.OrdinalIgnoreCase);

    private static Result<IPostSource> OpenDirectory(string path, TimeProvider time)
    {
        try
        {
            return Directory.EnumerateFiles(path).Any(IsJsonPage)
                ? Ok(new TikTokResearchPageSource(path, time))
                : Fail($"The directory {path} has no .json files. Supported: {SupportedFormats}.");
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return Fail($"Cannot list {path}: {ex.Message}");
        }
    }

    private static Result<IPostSource> OpenPage(string path, TimeProvider time)
    {
        var first = FirstNonBlank(path, readLine: false);
        if (first.Error is { } error)
            return error;

        // A JSON array or a bare value is some other export; say so now rather than one malformed item later.
        return first.Text is ['{', ..]
            ? Ok(new TikTokResearchPageSource(path, time))
            : Fail($"{Path.GetFileName(path)} is not a JSON object. Supported: {SupportedFormats}.");
    }

    private static Result<IPostSource> OpenLines(string path, TimeProvider time)
    {
        var first = FirstNonBlank(path, readLine: true);
        if (first.Error is { } error)
            return error;

        // Zeeschuimer items also sit under "data", so they are recognised before Research API pages.
        if (first.Text is { } line && ZeeschuimerNdjsonSource.LooksLikeItem(line))
            return Ok(new ZeeschuimerNdjsonSource(path, time));

        return first.Text is { } text && TikTokResearchPage.LooksLikePage(text)
            ? Ok(new TikTokResearchPageSource(path, time))
            : Ok(new JsonlPostSource(path, time));
    }

    private static Result<IPostSource> OpenCsv(string path, TimeProvider time)
    {
        using var file = CsvFile.Open(path);
        var header = file.Header();
        if (file.Error is { } error)
            return new InvalidArgument("path", $"Cannot read {path}: {error}");
        if (header is null)
            return Fail($"{Path.GetFileName(path)} is empty. Expected a header with {CsvFormats.Expected}.");

        return CsvFormats.Detect(new CsvHeader(header)) is { } format
            ? Ok(new CsvPostSource(path, format, time))
            : Fail($"{Path.GetFileName(path)} has none of the known CSV headers. Expected {CsvFormats.Expected}.");
    }

    // IPostSource is an interface, so Result's implicit conversion from T does not apply.
    private static Result<IPostSource> Ok(IPostSource source) => Result<IPostSource>.Ok(source);

    private static Result<IPostSource> Fail(string message) => Result<IPostSource>.Fail(new InvalidArgument("path", message));

    // Reads just enough to sniff the format: the first non-blank line (through LineReader, so a giant or binary first
    // line costs a bounded scan, not the file in memory), or the first non-whitespace character.
    private static (string? Text, Error? Error) FirstNonBlank(string path, bool readLine)
    {
        if (readLine)
            return FirstLine(path);

        try
        {
            using var reader = FileText.Open(path);
            int next;
            while ((next = reader.Read()) >= 0 && char.IsWhiteSpace((char)next))
            {
            }

            return (next < 0 ? null : ((char)next).ToString(), null);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return (null, new InvalidArgument("path", $"Cannot read {path}: {ex.Message}"));
        }
    }

    private static (string? Text, Error? Error) FirstLine(string path)
    {
        using var reader = LineReader.Open(path);
        while (reader.Next() is { } line)
        {
            // An unreadable first line says nothing about the format; the canonical reader will report it.
            if (line.Text is null)
                return (null, null);
            if (!string.IsNullOrWhiteSpace(line.Text))
                return (line.Text, null);
        }

        // A truncated gzip is still read up to where it stops (and reported then); other failures stop here.
        return reader.Error is { } error && !reader.Truncated
            ? (null, new InvalidArgument("path", $"Cannot read {path}: {error}"))
            : (null, null);
    }
}
