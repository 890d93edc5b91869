using System.Text.Json;

namespace FactBot.Sources.Import;

/// <summary>
/// Whether the last line of a file, which has no newline after it, is a whole record. A writer still busy with the
/// line leaves it cut mid-value; one that just left out the final newline leaves a complete JSON value, and every
/// line format read through <see cref="LineReader"/> is one JSON value per line. A complete value cannot grow into
/// another record (anything more on the line would make it invalid), so reading it now loses nothing.
/// </summary>
internal static class LineTail
{
    private static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
    };

    public static bool IsComplete(ReadOnlySpan<byte> line)
    {
        if (line.Trim(" \t\r"u8).IsEmpty)
            return true;

        var reader = new Utf8JsonReader(line, Options);
        try
        {
            while (reader.Read())
            {
            }

            return reader.BytesConsumed > 0 && reader.CurrentDepth == 0;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
