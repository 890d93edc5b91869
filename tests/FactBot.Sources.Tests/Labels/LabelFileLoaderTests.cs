using FactBot.Core.Labels;
using FactBot.Core.Results;
using FactBot.Sources.Labels;
using FactBot.Sources.Tests.Support;

namespace FactBot.Sources.Tests.Labels;

public sealed class LabelFileLoaderTests
{
    private static LabelImport Load(string sample, string? version = null)
    {
        var result = LabelFileLoader.Load(Samples.PathOf("Labels", sample), version);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value;
    }

    private static AccountLabel Label(LabelImport import, string platform, string handle) =>
        import.Labels.Single(label => label.Key == LabelKey.Of(platform, handle));

    [Fact]
    public void Load_SimpleCsv_ReadsLabelsWithNormalisedHandles()
    {
        var sut = Load("simple-labels.csv");

        Assert.Equal(LabelFileFormat.SimpleCsv, sut.FileFormat);
        Assert.Equal(7, sut.RowsRead);
        var rt = Label(sut, "tiktok", "rt_com");
        Assert.Equal(LabelCategory.StateControlled, rt.Category);
        Assert.Equal("RU", rt.Country);
        Assert.Equal("manual:alice", rt.Source);
        Assert.Equal("https://example.org/shot1.png", rt.EvidenceUrl);
    }

    [Fact]
    public void Load_SimpleCsv_QuotedCommasAndProfileUrlsAndDefaults()
    {
        var sut = Load("simple-labels.csv", version: "2024-05");

        Assert.Equal("asd, checked by hand", Label(sut, "tiktok", "cgtnafrica").Source);
        var embassy = Label(sut, "youtube", "embassy_fr");
        Assert.Equal(LabelCategory.Diplomat, embassy.Category);
        Assert.Equal("Congo, Democratic Republic of the", embassy.Country);
        Assert.Equal("https://example.org/a,b", embassy.EvidenceUrl);
        // A matrix code works in our CSV too; an empty source says which file the label came from.
        var rian = Label(sut, "telegram", "rian_ru");
        Assert.Equal(LabelCategory.StateControlled, rian.Category);
        Assert.Equal("csv:simple-labels.csv@2024-05", rian.Source);
        Assert.Null(rian.EvidenceUrl);
    }

    [Fact]
    public void Load_SimpleCsv_ReportsBadRowsWithLineNumbers()
    {
        var sut = Load("simple-labels.csv");

        Assert.Equal([7, 8], sut.Skipped.Select(skip => skip.Line));
        Assert.Contains("not-a-category", sut.Skipped[0].Reason, StringComparison.Ordinal);
        Assert.Equal(1, sut.Duplicates);
        Assert.Equal(4, sut.Labels.Count);
    }

    [Fact]
    public void Load_CurrentMatrix_MapsEveryPlatformColumn()
    {
        var sut = Load("matrix-current.csv", version: "@d878fee");

        Assert.Equal(LabelFileFormat.StateMediaMatrix, sut.FileFormat);
        Assert.Equal(
            ["facebook:100064", "instagram:channelnewsasia", "linkedin:channel-newsasia", "telegram:cnalatest",
             "tiktok:cna.asia", "twitter:channelnewsasia", "youtube:channelnewsasia"],
            sut.Labels.Where(label => label.Outlet == "CNA, Channel NewsAsia (Mediacorp)").Select(label => label.Key).Order());
        Assert.Equal(
            ["okru:52226357788884", "rutube:23931703", "telegram:vestiru24", "tiktok:vesti_ru", "twitter:vestiru24",
             "vk:vesti", "youtube:uc_abc-123"],
            sut.Labels.Where(label => label.Outlet == "Vesti (VGTRK)").Select(label => label.Key).Order());
    }

    [Fact]
    public void Load_CurrentMatrix_FillsCategoryCountrySourceAndEvidence()
    {
        var sut = Load("matrix-current.csv", version: "@d878fee");

        var vesti = Label(sut, "tiktok", "vesti_ru");
        Assert.Equal(LabelCategory.StateCaptured, vesti.Category);
        Assert.Equal("Russia", vesti.Country);
        Assert.Equal("asd-state-media-matrix@d878fee", vesti.Source);
        Assert.Equal("https://www.tiktok.com/@vesti_ru", vesti.EvidenceUrl);
        // "ISFM?" is an uncertain code, still a known one.
        Assert.Equal(LabelCategory.StateFundedIndependent, Label(sut, "telegram", "currenttime").Category);
    }

    [Fact]
    public void Load_CurrentMatrix_ReportsShiftedUnknownAndUnusableRowsByLine()
    {
        var sut = Load("matrix-current.csv");

        Assert.Equal(8, sut.RowsRead);
        Assert.Equal([5, 6, 7, 8], sut.Skipped.Select(skip => skip.Line));
        Assert.Contains("Independent", sut.Skipped[1].Reason, StringComparison.Ordinal);
        Assert.Contains("watch?v=", sut.Skipped[2].Reason, StringComparison.Ordinal);
        Assert.Contains("line 3", sut.Skipped[3].Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(sut.Labels, label => label.Handle is "belteleradio" or "not_labelled");
        Assert.Equal(1, sut.Duplicates);
        Assert.Equal(16, sut.Labels.Count);
    }

    [Fact]
    public void Load_CurrentMatrix_CountsPerPlatform()
    {
        var sut = Load("matrix-current.csv");

        Assert.Equal(3, sut.CountsByPlatform["tiktok"]);
        Assert.Equal(3, sut.CountsByPlatform["telegram"]);
        Assert.Equal(1, sut.CountsByPlatform["rutube"]);
    }

    [Fact]
    public void Load_OldMatrixHeaderWithBomAndCrLf_MapsColumnsByName()
    {
        var bytes = File.ReadAllBytes(Samples.PathOf("Labels", "matrix-old.csv"));
        Assert.Equal(0xEF, bytes[0]);
        Assert.Contains((byte)'\r', bytes);

        var sut = Load("matrix-old.csv");

        Assert.Equal(LabelFileFormat.StateMediaMatrix, sut.FileFormat);
        Assert.Equal(
            ["facebook:rtnews", "instagram:rt", "telegram:rt_english", "tiktok:rt_com", "twitter:rt_com", "youtube:russiatoday"],
            sut.Labels.Where(label => label.Outlet == "RT International (RT)").Select(label => label.Key).Order());
        Assert.Equal("asd-state-media-matrix", Label(sut, "tiktok", "rt_com").Source);
        Assert.Equal(LabelCategory.StateCaptured, Label(sut, "tiktok", "nhk_world").Category);
        Assert.Equal("cgtn", Label(sut, "youtube", "cgtn").Handle);
    }

    [Fact]
    public void Load_OldMatrixWithAnUnquotedComma_SkipsThatRowByLine()
    {
        var sut = Load("matrix-old.csv");

        var skip = Assert.Single(sut.Skipped);
        Assert.Equal(6, skip.Line);
        Assert.Equal(5, sut.RowsRead);
    }

    [Fact]
    public void Load_UnknownHeader_IsInvalidArgumentNamingBothFormats()
    {
        using var dir = new TempDir();
        var path = dir.File("other.csv", "name,url\nx,y\n");

        var error = Assert.IsType<InvalidArgument>(LabelFileLoader.Load(path, null).Error);

        Assert.Contains("platform,handle,category", error.Message, StringComparison.Ordinal);
        Assert.Contains("State_Media_Matrix", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EmptyFile_IsInvalidArgument()
    {
        using var dir = new TempDir();

        Assert.IsType<InvalidArgument>(LabelFileLoader.Load(dir.File("empty.csv", "\n# only a comment\n"), null).Error);
    }

    [Fact]
    public void Load_MissingFile_IsNotFound()
    {
        using var dir = new TempDir();

        Assert.IsType<NotFound>(LabelFileLoader.Load(dir.Combine("none.csv"), null).Error);
    }

    [Fact]
    public void Describe_ListsCountsAndSkips()
    {
        var text = Load("matrix-current.csv").Describe(maxSkipped: 2);

        Assert.StartsWith("StateMediaMatrix: 8 rows read, 16 labels, 1 duplicates, 4 skipped", text, StringComparison.Ordinal);
        Assert.Contains("line 5: ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("line 7: ", text, StringComparison.Ordinal);
        Assert.EndsWith("… and 2 more", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_RealStateMediaMatrix_WhenPresent_HasTheKnownPlatforms()
    {
        var root = Samples.RepositoryRoot();
        var path = root is null ? null : Path.Combine(root, "..", "shared", "data", "state-media-profiles", "State_Media_Matrix.csv");
        if (path is null || !File.Exists(path))
        {
            // The real list is not part of the repository; without it this test has nothing to check.
            Console.WriteLine($"State_Media_Matrix.csv not found (looked at {path ?? "no repository root"}); nothing checked.");
            return;
        }

        var result = LabelFileLoader.Load(path, "d878fee");

        Assert.True(result.IsSuccess, result.Error?.Message);
        var sut = result.Value;
        Assert.True(sut.RowsRead > 1000, sut.Describe());
        // The list has 49 TikTok and 73 Telegram links; outlets share accounts, so fewer distinct labels.
        Assert.True(sut.CountsByPlatform["tiktok"] > 30, sut.Describe());
        Assert.True(sut.CountsByPlatform["telegram"] > 50, sut.Describe());
        Assert.True(sut.CountsByPlatform["tiktok"] + sut.CountsByPlatform["telegram"] + sut.Duplicates > 100, sut.Describe());
        Assert.All(sut.Labels, label => Assert.Equal("asd-state-media-matrix@d878fee", label.Source));
        Assert.Contains(sut.Labels, label => label.Key == "tiktok:sputnik.by");
    }
}
