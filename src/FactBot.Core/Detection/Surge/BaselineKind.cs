namespace FactBot.Core.Detection.Surge;

/// <summary>Which baseline produced an expected count.</summary>
public enum BaselineKind
{
    /// <summary>The same bin-of-day over the previous <see cref="SurgeOptions.BaselineDays"/> days.</summary>
    Seasonal = 1,

    /// <summary>The previous <see cref="SurgeOptions.ColdStartBins"/> bins, while the series is younger than the baseline.</summary>
    ColdStart = 2,
}
