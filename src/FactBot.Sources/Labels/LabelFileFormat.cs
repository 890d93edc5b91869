namespace FactBot.Sources.Labels;

/// <summary>The label-list formats <see cref="LabelFileLoader"/> recognises by their header.</summary>
public enum LabelFileFormat
{
    /// <summary>Our own <c>platform,handle,category,country,source,evidence_url</c> CSV (config/labels/*.csv).</summary>
    SimpleCsv,

    /// <summary>ASD's <c>State_Media_Matrix.csv</c> (ASD-at-GMF/state-media-profiles), any header version.</summary>
    StateMediaMatrix,
}
