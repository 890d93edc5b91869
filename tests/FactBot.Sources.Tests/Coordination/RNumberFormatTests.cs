using FactBot.Sources.Coordination;

namespace FactBot.Sources.Tests.Coordination;

public sealed class RNumberFormatTests
{
    // What data.table::fwrite writes for these doubles (15 significant digits, shortest of fixed/scientific).
    [Theory]
    [InlineData(5, "5")]
    [InlineData(0, "0")]
    [InlineData(6.5, "6.5")]
    [InlineData(41.0 / 3, "13.6666666666667")]
    [InlineData(2.0 / 3, "0.666666666666667")]
    [InlineData(1.0 / 3, "0.333333333333333")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(100000, "1e+05")]
    [InlineData(120000, "120000")]
    [InlineData(1234567, "1234567")]
    [InlineData(0.0001, "1e-04")]
    [InlineData(0.00012, "0.00012")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(1.5e20, "1.5e+20")]
    [InlineData(1e100, "1e+100")]
    [InlineData(123456789.123456, "123456789.123456")]
    [InlineData(0.1 + 0.2, "0.3")]
    public void Format_Values_LikeFwrite(double value, string expected) => Assert.Equal(expected, RNumberFormat.Format(value));

    [Fact]
    public void Format_NotANumber_IsNA() => Assert.Equal("NA", RNumberFormat.Format(double.NaN));

    [Fact]
    public void Format_Infinity_IsInf() => Assert.Equal("-Inf", RNumberFormat.Format(double.NegativeInfinity));
}
