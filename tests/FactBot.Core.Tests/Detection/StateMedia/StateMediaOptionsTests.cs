using System.ComponentModel.DataAnnotations;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class StateMediaOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValid() => Assert.Empty(Validate(new StateMediaOptions()));

    [Fact]
    public void Validate_BinSizeNotDividingADay_NamesTheSetting()
    {
        var errors = Validate(new StateMediaOptions { BinSize = TimeSpan.FromMinutes(7) });

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("Detection:StateMedia:BinSize", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(2, 2.0, 1.0, 3)]
    [InlineData(72, 1.0, 1.0, 3)]
    [InlineData(72, 2.0, -1.0, 3)]
    [InlineData(72, 2.0, 1.0, 0)]
    public void Validate_OutOfRange_IsRejected(int windowBins, double s, double gamma, int minLabelled) =>
        Assert.NotEmpty(Validate(new StateMediaOptions { WindowBins = windowBins, S = s, Gamma = gamma, MinLabelledPosts = minLabelled }));

    private static List<ValidationResult> Validate(StateMediaOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
