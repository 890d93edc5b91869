using System.ComponentModel.DataAnnotations;
using FactBot.Core.Detection.Coordination.Objects;
using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Core.Tests.Detection.Coordination.Streaming;

public sealed class CoordinationOptionsTests
{
    [Fact]
    public void Validate_Defaults_AreValidAndMatchTheDesign()
    {
        var sut = new CoordinationOptions();

        Assert.Empty(Validate(sut));
        Assert.Equal(TimeSpan.FromSeconds(60), sut.TimeWindow);
        Assert.Equal(TimeSpan.FromHours(24), sut.Lookback);
        Assert.Equal(0.5, sut.EdgeWeight);
        Assert.Equal(ObjectKinds.Default, sut.Objects);
        Assert.True(sut.WatchedOnly);
    }

    [Theory]
    [InlineData(1.5, 2, 25)]
    [InlineData(0.5, 0, 25)]
    [InlineData(0.5, 2, 1)]
    public void Validate_OutOfRange_IsRejected(double edgeWeight, int minEdgeWeight, int maxAccountsPerWindow) =>
        Assert.NotEmpty(Validate(new CoordinationOptions { EdgeWeight = edgeWeight, MinEdgeWeight = minEdgeWeight, MaxAccountsPerObjectWindow = maxAccountsPerWindow }));

    [Fact]
    public void Validate_LookbackOverAMonth_IsRejected() =>
        Assert.NotEmpty(Validate(new CoordinationOptions { Lookback = TimeSpan.FromDays(31) }));

    private static List<ValidationResult> Validate(CoordinationOptions options)
    {
        var results = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), results, validateAllProperties: true);
        return results;
    }
}
