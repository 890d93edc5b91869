using System.ComponentModel.DataAnnotations;
using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class SurgeOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid()
    {
        Assert.Empty(Validate(new SurgeOptions()));
    }

    [Theory]
    [InlineData(5)]
    [InlineData(15)]
    [InlineData(90)]
    [InlineData(1440)]
    public void Validate_BinSizeDividingADay_IsValid(int minutes)
    {
        Assert.Empty(Validate(new SurgeOptions { BinSize = TimeSpan.FromMinutes(minutes) }));
    }

    [Theory]
    [InlineData(7)] // does not divide a day
    [InlineData(1)] // below 5 minutes
    [InlineData(2880)] // above a day
    public void Validate_BadBinSize_NamesTheSetting(int minutes)
    {
        var errors = Validate(new SurgeOptions { BinSize = TimeSpan.FromMinutes(minutes) });

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(SurgeOptions.BinSize)));
    }

    [Fact]
    public void Validate_OutOfRangeNumbers_AreRejected()
    {
        var errors = Validate(new SurgeOptions { FamilyAlpha = 0, Floor = 0, ColdStartBins = 2, Lateness = TimeSpan.FromDays(2) });

        Assert.Equal(
            [nameof(SurgeOptions.ColdStartBins), nameof(SurgeOptions.FamilyAlpha), nameof(SurgeOptions.Floor), nameof(SurgeOptions.Lateness)],
            errors.SelectMany(e => e.MemberNames).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void BinGrid_BinsOfADay_LineUpOnMidnight()
    {
        var sut = new BinGrid(TimeSpan.FromMinutes(15));
        var quarterPastTwo = new DateTimeOffset(2022, 3, 5, 2, 20, 0, TimeSpan.Zero);

        var bin = sut.IndexOf(quarterPastTwo);

        Assert.Equal(96, sut.BinsPerDay);
        Assert.Equal(new DateTimeOffset(2022, 3, 5, 2, 15, 0, TimeSpan.Zero), sut.StartOf(bin));
        Assert.Equal(new DateTimeOffset(2022, 3, 4, 2, 15, 0, TimeSpan.Zero), sut.StartOf(bin - sut.BinsPerDay));
        Assert.Equal(sut.StartOf(bin + 1), sut.EndOf(bin));
    }

    private static List<ValidationResult> Validate(SurgeOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
