namespace FactBot.Sources.Csv;

/// <summary>One CSV record.</summary>
/// <param name="Line">1-based line where the record starts (a quoted field may span several lines).</param>
/// <param name="Fields">The unquoted field values, in column order.</param>
/// <param name="UnterminatedQuote">The file ended inside a quoted field, so the last field is suspect.</param>
internal sealed record CsvRow(int Line, IReadOnlyList<string> Fields, bool UnterminatedQuote = false)
{
    public bool IsBlank => Fields.All(string.IsNullOrWhiteSpace);

    /// <summary>The field at <paramref name="index"/>, trimmed; empty when the row is shorter (editors drop trailing commas).</summary>
    public string Get(int index) => index >= 0 && index < Fields.Count ? Fields[index].Trim() : "";
}
