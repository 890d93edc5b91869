namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// The kinds of shared object a post can be keyed by for co-share detection. Combine with <c>|</c>; configuration
/// binds a comma-separated list ("Sound, Caption").
/// </summary>
[Flags]
public enum ObjectKinds
{
    None = 0,

    /// <summary><c>sound:&lt;id&gt;</c>: the audio track. Trending sounds are discounted by the detector.</summary>
    Sound = 1,

    /// <summary><c>sound+tags:&lt;id&gt;|&lt;hash&gt;</c>: the sound together with the exact hashtag set; far more specific.</summary>
    SoundTags = 2,

    /// <summary><c>caption:&lt;hash&gt;</c>: the normalised caption text.</summary>
    Caption = 4,

    /// <summary><c>text~:&lt;band&gt;:&lt;hash&gt;</c>: MinHash/LSH bands, so near-identical captions (Jaccard ≥ 0.8) collide.</summary>
    NearText = 8,

    /// <summary><c>hashtag:&lt;tag&gt;</c>: each hashtag. Off by default: hashtags are shared organically.</summary>
    Hashtag = 16,

    /// <summary><c>url:&lt;normalised url&gt;</c>: each link in the text. Off by default.</summary>
    Url = 32,

    /// <summary>
    /// <c>media:&lt;fingerprint&gt;</c>: each media fingerprint of the post (a TikTok effect, a Telegram photo, an
    /// imported CooRTweet object id). Trending ones are discounted like sounds.
    /// </summary>
    Media = 64,

    /// <summary>What FactBot uses unless configured: sound, sound+tags, caption, near-identical text and media.</summary>
    Default = Sound | SoundTags | Caption | NearText | Media,
}
