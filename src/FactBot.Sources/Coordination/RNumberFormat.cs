using System.Globalization;

namespace FactBot.Sources.Coordination;

/// <summary>
/// Writes doubles the way R's <c>data.table::fwrite</c> does, so our CSVs compare byte-for-byte with CooRTweet's:
/// at most 15 significant digits, no trailing zeros (5, not 5.0), and scientific notation only when it is strictly
/// shorter than fixed notation (1e+05, 1e-04, but 120000 and 0.5).
/// </summary>
public static class RNumberFormat
{
    /// <summary>R's text for <paramref name="value"/>; NaN is "NA".</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
            return "NA";

        if (double.IsInfinity(value))
            return value > 0 ? "Inf" : "-Inf";

        if (value == 0)
            return "0";

        // Fast path for whole numbers (most time deltas, weights and scores): fixed unless scientific is shorter.
        if (Math.Abs(value) < 1e15 && value == Math.Floor(value))
        {
            var text = ((long)value).ToString(CultureInfo.InvariantCulture);
            var integerDigits = text.TrimStart('-');
            var significant = integerDigits.TrimEnd('0').Length;
            if (integerDigits.Length <= significant + (significant > 1 ? 1 : 0) + 4)
                return text;
        }

        // "d.ddddddddddddddE+xxx": the value rounded to 15 significant digits.
        var scientific = Math.Abs(value).ToString("E14", CultureInfo.InvariantCulture);
        var mark = scientific.IndexOf('E', StringComparison.Ordinal);
        var digits = (scientific[0] + scientific[2..mark]).TrimEnd('0');
        var exponent = int.Parse(scientific.AsSpan(mark + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var sign = value < 0 ? "-" : "";

        var fixedWidth = exponent >= 0
            ? exponent + 1 + (digits.Length > exponent + 1 ? digits.Length - exponent : 0)
            : 1 - exponent + digits.Length;
        var sciWidth = digits.Length + (digits.Length > 1 ? 1 : 0) + (Math.Abs(exponent) >= 100 ? 5 : 4);
        return sign + (fixedWidth <= sciWidth ? Fixed(digits, exponent) : Scientific(digits, exponent));
    }

    private static string Fixed(string digits, int exponent)
    {
        if (exponent < 0)
            return "0." + new string('0', -exponent - 1) + digits;

        if (digits.Length <= exponent + 1)
            return digits + new string('0', exponent + 1 - digits.Length);

        return digits[..(exponent + 1)] + "." + digits[(exponent + 1)..];
    }

    private static string Scientific(string digits, int exponent)
    {
        var mantissa = digits.Length > 1 ? digits[..1] + "." + digits[1..] : digits;
        var sign = exponent < 0 ? "-" : "+";
        return mantissa + "e" + sign + Math.Abs(exponent).ToString("00", CultureInfo.InvariantCulture);
    }
}
