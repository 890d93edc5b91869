namespace FactBot.Sources.Demo;

/// <summary>Which part of the story a post belongs to; decides how its author is chosen.</summary>
internal enum DraftKind
{
    /// <summary>Background post; author drawn by activity.</summary>
    Organic,

    /// <summary>Trending-sound post; author drawn uniformly (anyone joins a trend).</summary>
    Trend,

    /// <summary>Organic part of the surge; each account takes part once.</summary>
    SurgeOrganic,

    /// <summary>Planted coordinated post; fixed author.</summary>
    Coordinated,

    /// <summary>Post by a labelled account; fixed author.</summary>
    Labelled,
}
