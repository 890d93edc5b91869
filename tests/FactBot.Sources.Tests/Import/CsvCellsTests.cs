using FactBot.Sources.Import;

namespace FactBot.Sources.Tests.Import;

public sealed class CsvCellsTests
{
    [Theory]
    [InlineData("7320768196569599275")]
    [InlineData("73207681965695992750")]
    public void IdProblem_Digits_IsNone(string id)
    {
        Assert.Null(CsvCells.IdProblem("id", id));
    }

    [Theory]
    [InlineData("7.32077E+18")]
    [InlineData("7.320768e18")]
    [InlineData("7E+18")]
    public void IdProblem_ScientificNotation_SaysDigitsAreLost(string id)
    {
        var problem = CsvCells.IdProblem("id", id);

        Assert.Contains("scientific notation", problem, StringComparison.Ordinal);
        Assert.Contains(id, problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("-12")]
    [InlineData("12a")]
    [InlineData("1.5")]
    public void IdProblem_OtherText_IsNotAnId(string id)
    {
        Assert.Contains("is not an integer id", CsvCells.IdProblem("music_id", id), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12", 12L)]
    [InlineData("12.0", 12L)]
    [InlineData("0", 0L)]
    public void TryCount_WholeNumbers_AreRead(string text, long expected)
    {
        Assert.True(CsvCells.TryCount(text, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("12.5")]
    [InlineData("-1")]
    [InlineData("1.2E+06")]
    [InlineData("")]
    public void TryCount_AnythingElse_IsRejected(string text)
    {
        Assert.False(CsvCells.TryCount(text, out _));
    }

    [Theory]
    [InlineData("1646488800")]
    [InlineData("1646488800.0")]
    [InlineData("2022-03-05 14:00:00")]
    [InlineData("2022-03-05T14:00:00")]
    [InlineData("2022-03-05T17:00:00+03:00")]
    public void TryTime_UnixOrUtcText_IsTheSameInstant(string text)
    {
        Assert.True(CsvCells.TryTime(text, out var value));
        Assert.Equal(new DateTimeOffset(2022, 3, 5, 14, 0, 0, TimeSpan.Zero), value);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("99999999999999999999")]
    public void TryTime_Garbage_IsRejected(string text)
    {
        Assert.False(CsvCells.TryTime(text, out _));
    }
}
