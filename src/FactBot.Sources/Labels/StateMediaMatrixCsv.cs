using FactBot.Core.Labels;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Labels;

/// <summary>
/// ASD's State_Media_Matrix.csv: one outlet per row with a typology code and one column of profile links per
/// platform. Columns are found by name so both the current header ("Twitter Link", …, "Tiktok Link") and older
/// ones ("Twitter", …, "TikTok", "Telegram") work. Rows with an unknown typology are reported, never guessed.
/// </summary>
internal static class StateMediaMatrixCsv
{
    public const string SourceName = "asd-state-media-matrix";

    // The matrix's own codes; LabelCategoryExtensions.Parse also knows our spellings, which do not belong here.
    private static readonly string[] TypologyCodes = ["SC", "CaPu", "CaPr", "ISF", "ISM", "ISFM", "IP"];

    public static bool Matches(CsvHeader header) => header.IndexOf("typology") >= 0;

    public static Result<LabelImport> Read(CsvHeader header, IEnumerable<CsvRow> rows, string fileName, string? version)
    {
        var typologyAt = header.IndexOf("typology");
        var countryAt = header.IndexOf("country");
        var companyAt = header.IndexOf("media company");
        var assetsAt = header.IndexOf("main assets");
        var links = Enumerable.Range(0, header.Count)
            .Select(i => (Index: i, Name: header.Names[i], Platform: LabelPlatforms.FromMatrixColumn(header.Names[i])))
            .Where(column => column.Platform is not null)
            .ToList();
        if (links.Count == 0)
            return new InvalidArgument("path", $"{fileName} has a Typology column but no platform link columns (e.g. 'Tiktok Link').");

        var source = SourceName + LabelFileLoader.VersionSuffix(version);
        var collector = new LabelCollector();
        foreach (var row in rows)
        {
            if (row.IsBlank)
                continue;

            collector.RowRead();
            var typology = row.Get(typologyAt);
            if (header.IsShifted(row) || row.UnterminatedQuote)
            {
                collector.Skip(row.Line, "more cells than the header or an unclosed quote: columns are shifted");
                continue;
            }

            if (Category(typology) is not { } category)
            {
                collector.Skip(row.Line, $"unknown typology '{typology}' (expected {string.Join(", ", TypologyCodes)}); row not used");
                continue;
            }

            var outlet = Outlet(row.Get(companyAt), row.Get(assetsAt));
            foreach (var (index, name, platform) in links)
            {
                var url = row.Get(index);
                if (url.Length == 0)
                    continue;

                if (ProfileUrl.Handle(platform!, url) is not { } handle)
                {
                    collector.Skip(row.Line, $"{name} '{url}' names no {platform} account");
                    continue;
                }

                collector.Add(new AccountLabel
                {
                    Platform = platform!,
                    Handle = handle,
                    Category = category,
                    Country = row.Get(countryAt) is { Length: > 0 } country ? country : null,
                    Source = source,
                    EvidenceUrl = url,
                    Outlet = outlet,
                }, row.Line);
            }
        }

        return collector.Build(LabelFileFormat.StateMediaMatrix);
    }

    /// <summary>A typology code (a trailing '?' marks an uncertain code in the list) as a category, or null.</summary>
    private static LabelCategory? Category(string typology)
    {
        var code = typology.Trim().TrimEnd('?').Trim();
        return TypologyCodes.Contains(code, StringComparer.OrdinalIgnoreCase) ? LabelCategoryExtensions.Parse(code) : null;
    }

    // The asset is what the account publishes as; the company says who owns it. Alerts want both.
    private static string? Outlet(string company, string assets) => (company, assets) switch
    {
        ("", "") => null,
        (_, "") => company,
        ("", _) => assets,
        _ when string.Equals(company, assets, StringComparison.OrdinalIgnoreCase) => assets,
        _ => $"{assets} ({company})",
    };
}
