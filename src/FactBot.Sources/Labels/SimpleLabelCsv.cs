using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Sources.Csv;

namespace FactBot.Sources.Labels;

/// <summary>
/// Our own label list, <c>platform,handle,category,country,source,evidence_url</c>. Handles may be given as
/// profile URLs; a row without a source gets <c>csv:{file}</c> so every label says where it came from.
/// </summary>
internal static class SimpleLabelCsv
{
    public const string ExpectedHeader = "platform,handle,category,country,source,evidence_url";

    public static bool Matches(CsvHeader header) => header.IndexOf("platform") >= 0 && header.IndexOf("handle") >= 0;

    public static Result<LabelImport> Read(CsvHeader header, IEnumerable<CsvRow> rows, string fileName, string? version)
    {
        var platformAt = header.IndexOf("platform");
        var handleAt = header.IndexOf("handle");
        var categoryAt = header.IndexOf("category", "label");
        if (categoryAt < 0)
            return new InvalidArgument("path", $"{fileName} has no 'category' column; expected header: {ExpectedHeader}.");

        var countryAt = header.IndexOf("country");
        var sourceAt = header.IndexOf("source");
        var evidenceAt = header.IndexOf("evidence_url", "evidence");
        var defaultSource = "csv:" + fileName + LabelFileLoader.VersionSuffix(version);
        var collector = new LabelCollector();
        foreach (var row in rows)
        {
            if (row.IsBlank)
                continue;

            collector.RowRead();
            if (header.IsShifted(row) || row.UnterminatedQuote)
            {
                collector.Skip(row.Line, "more cells than the header or an unclosed quote; quote fields that contain commas");
                continue;
            }

            var platform = row.Get(platformAt).ToLowerInvariant();
            var rawHandle = row.Get(handleAt);
            var handle = rawHandle.Contains("://", StringComparison.Ordinal)
                ? ProfileUrl.Handle(platform, rawHandle)
                : PostNormalizer.Handle(rawHandle);
            var category = LabelCategoryExtensions.Parse(row.Get(categoryAt));
            if (platform.Length == 0 || string.IsNullOrEmpty(handle))
            {
                collector.Skip(row.Line, $"no platform or no usable handle ('{row.Get(platformAt)}', '{rawHandle}')");
                continue;
            }

            if (category is null)
            {
                collector.Skip(row.Line, $"unknown category '{row.Get(categoryAt)}' "
                    + "(use state-controlled, state-captured, state-funded, government, diplomat or a matrix code)");
                continue;
            }

            collector.Add(new AccountLabel
            {
                Platform = platform,
                Handle = handle,
                Category = category.Value,
                Country = NullIfEmpty(row.Get(countryAt)),
                Source = NullIfEmpty(row.Get(sourceAt)) ?? defaultSource,
                EvidenceUrl = NullIfEmpty(row.Get(evidenceAt)),
            }, row.Line);
        }

        return collector.Build(LabelFileFormat.SimpleCsv);
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}
