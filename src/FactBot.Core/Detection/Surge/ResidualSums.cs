namespace FactBot.Core.Detection.Surge;

/// <summary>Running sums of (count − expected) pairs for the method-of-moments dispersion.</summary>
internal struct ResidualSums
{
    public int Pairs;
    public double Squares;
    public double Expected;
    public double ExpectedSquares;

    public void Add(int count, double expected)
    {
        var residual = count - expected;
        Pairs++;
        Squares += residual * residual;
        Expected += expected;
        ExpectedSquares += expected * expected;
    }

    /// <summary>1/k = (Σ(y − μ)² − Σμ) / Σμ²; null (Poisson) without excess variance or with fewer than two pairs.</summary>
    public readonly double? Size
    {
        get
        {
            if (Pairs < 2 || ExpectedSquares <= 0)
                return null;
            var excess = Squares - Expected;
            return excess <= 0 ? null : ExpectedSquares / excess;
        }
    }
}
