namespace FactBot.Core.Detection.Surge;

/// <summary>
/// One bin judged by <see cref="SurgeTest"/>, as plain numbers: what a <see cref="SurgeEvaluation"/> holds, without
/// allocating one for every target and bin. The tail (pooled dispersion and p) is left out until something needs it:
/// the other gates pass (only then can p decide), a finding is reported, or <c>/status</c> asks. Until it is filled in,
/// the series must not change in the bins it reads (see <see cref="SurgeTest.TailStable"/>).
/// </summary>
internal struct SurgeVerdict
{
    public long Bin;
    public int Count;

    /// <summary>The expected count, floored at <see cref="SurgeTest.MinExpected"/>.</summary>
    public double Expected;

    public BaselineKind Kind;
    public int Points;

    /// <summary>Whether <see cref="Dispersion"/> and <see cref="P"/> are computed.</summary>
    public bool TailKnown;

    public double? Dispersion;
    public double P;

    /// <summary>The gates it was judged by, M (at least 1) and α/M.</summary>
    public SurgeThresholds Thresholds;

    public int WatchedSeries;
    public double Alpha;
    public bool Fired;
}
