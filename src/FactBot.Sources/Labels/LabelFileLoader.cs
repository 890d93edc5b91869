using FactBot.Core.Results;
using FactBot.Sources.Csv;
using FactBot.Sources.Import;

namespace FactBot.Sources.Labels;

/// <summary>Loads a label list, recognising its format by the header: our simple CSV or ASD's state-media matrix.</summary>
public static class LabelFileLoader
{
    /// <param name="path">A CSV file (optionally gzip).</param>
    /// <param name="version">
    /// The list's version, appended to each label's source as <c>@version</c> (e.g. the matrix commit <c>d878fee</c>),
    /// so an alert can say which edition of a list labelled an account. A leading '@' is accepted.
    /// </param>
    public static Result<LabelImport> Load(string path, string? version = null)
    {
        if (!File.Exists(path))
            return new NotFound($"No label file at {path}.");

        try
        {
            using var reader = FileText.Open(path);
            return Read(reader, Path.GetFileName(path), version);
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return new InvalidArgument(nameof(path), $"Cannot read {path}: {ex.Message}");
        }
    }

    internal static Result<LabelImport> Read(TextReader reader, string fileName, string? version)
    {
        using var rows = new CsvReader(reader).ReadRows().Where(row => !row.IsBlank).GetEnumerator();
        if (!rows.MoveNext())
            return new InvalidArgument("path", $"{fileName} is empty.");

        var header = new CsvHeader(rows.Current);
        var rest = Remaining(rows);
        if (StateMediaMatrixCsv.Matches(header))
            return StateMediaMatrixCsv.Read(header, rest, fileName, version);
        if (SimpleLabelCsv.Matches(header))
            return SimpleLabelCsv.Read(header, rest, fileName, version);

        return new InvalidArgument("path",
            $"{fileName}: unknown label list header '{string.Join(",", header.Names)}'. Supported: our CSV "
            + $"({SimpleLabelCsv.ExpectedHeader}) or ASD's State_Media_Matrix.csv (Region,Country,…,Typology,…,Tiktok Link,…).");
    }

    internal static string VersionSuffix(string? version) =>
        string.IsNullOrWhiteSpace(version) ? "" : "@" + version.Trim().TrimStart('@');

    private static IEnumerable<CsvRow> Remaining(IEnumerator<CsvRow> rows)
    {
        while (rows.MoveNext())
            yield return rows.Current;
    }
}
