using System.ComponentModel.DataAnnotations;
using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>Settings of the streaming coordination detector (CooRTweet's method, live, on any object key).</summary>
public sealed class CoordinationOptions
{
    /// <summary>The configuration section these options bind to.</summary>
    public const string Section = "Detection:Coordination";

    /// <summary>
    /// Two posts by different accounts on the same object at most this far apart (inclusive) are a co-share.
    /// Default 60 s; 10 s reproduces CooRTweet's default.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan TimeWindow { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Account-pair edges add up co-shares over this much past time; older co-shares expire. Default 24 hours.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan Lookback { get; set; } = TimeSpan.FromHours(24);

    /// <summary>
    /// The look-back ends at the newest post seen (event time), so a feed days behind still pairs its posts; but on the
    /// clock, shares are kept at most this much longer than <see cref="Lookback"/>. Default 3 days (the TikTok
    /// Research API's lag plus one day); zero measures the look-back on the clock alone.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "14.00:00:00")]
    public TimeSpan AllowedLateness { get; set; } = TimeSpan.FromDays(3);

    /// <summary>
    /// Near-identical-text matches (MinHash bands, ten index entries a post) are looked for this far back only; exact
    /// objects (sound, caption, …) over the whole lookback. A post arriving later than this after it was made (a
    /// batch import) still pairs on its exact objects. Default 6 hours; at most the lookback.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan NearTextLookback { get; set; } = TimeSpan.FromHours(6);

    /// <summary>
    /// The quantile (0–1, R type 7) of current edge weights an edge must strictly exceed to count as coordinated,
    /// as CooRTweet's <c>edge_weight</c>. Default 0.5 (the median).
    /// </summary>
    [Range(0.0, 1.0)]
    public double EdgeWeight { get; set; } = 0.5;

    /// <summary>An edge also needs at least this many co-shares: one coincidence is never coordination. Default 2.</summary>
    [Range(1, 10_000)]
    public int MinEdgeWeight { get; set; } = 2;

    /// <summary>
    /// An object shared by more distinct accounts than this within one time window gives no co-shares there: a crowd
    /// reacting to the same moment is not a network. Default 25.
    /// </summary>
    [Range(2, 1_000_000)]
    public int MaxAccountsPerObjectWindow { get; set; } = 25;

    /// <summary>
    /// The document-frequency discount: an object used by more distinct accounts than this over the lookback (a
    /// trending sound, a stock caption) contributes no co-shares at all, including ones counted before it trended.
    /// Default 100.
    /// </summary>
    [Range(2, 10_000_000)]
    public int MaxAccountsPerObjectLookback { get; set; } = 100;

    /// <summary>Which object keys are built from posts. Default sound, sound+tags, caption and near-identical text.</summary>
    public ObjectKinds Objects { get; set; } = ObjectKinds.Default;

    /// <summary>Captions with fewer words give no caption or near-text key. Default 3.</summary>
    [Range(1, 100)]
    public int MinCaptionWords { get; set; } = 3;

    /// <summary>Only posts that match a watched target are considered. Default true.</summary>
    public bool WatchedOnly { get; set; } = true;

    /// <summary>At most this many example posts, links and objects are put in a group's evidence. Default 10.</summary>
    [Range(1, 100)]
    public int MaxExamples { get; set; } = 10;
}
