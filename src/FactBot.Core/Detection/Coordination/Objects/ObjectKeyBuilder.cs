using System.Globalization;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// Builds the object keys of a post for co-share detection (CooRTweet's <c>object_id</c>, generalised): two posts
/// by different accounts with an equal key close in time are a co-share. Keys are deterministic across runs and
/// machines, so stored evidence and batch runs agree with the live detector.
/// </summary>
/// <param name="kinds">Which kinds of key to build.</param>
/// <param name="minCaptionWords">Captions with fewer words give no caption or near-text key ("lol" is not a campaign).</param>
/// <param name="minNearTextChars">Normalised captions shorter than this give no near-text key.</param>
public sealed class ObjectKeyBuilder(ObjectKinds kinds, int minCaptionWords = 3, int minNearTextChars = 24)
{
    public const string SoundPrefix = "sound:";
    public const string SoundTagsPrefix = "sound+tags:";
    public const string CaptionPrefix = "caption:";
    public const string NearTextPrefix = "text~:";
    public const string HashtagPrefix = "hashtag:";
    public const string UrlPrefix = "url:";

    private const int LabelChars = 60;
    private readonly MinHasher _minHasher = new();

    public ObjectKinds Kinds => kinds;

    public IReadOnlyList<ObjectKey> Build(Post post)
    {
        var keys = new List<ObjectKey>();
        var sound = string.IsNullOrWhiteSpace(post.SoundId) ? null : post.SoundId.Trim();
        var soundLabel = sound is null ? "" : (string.IsNullOrWhiteSpace(post.SoundTitle) ? sound : $"{post.SoundTitle} ({sound})");

        if (kinds.HasFlag(ObjectKinds.Sound) && sound is not null)
            keys.Add(new(SoundPrefix + sound, ObjectKinds.Sound, "sound " + soundLabel));

        if (kinds.HasFlag(ObjectKinds.SoundTags) && sound is not null && post.Hashtags.Count > 0)
        {
            var tags = post.Hashtags.Select(PostNormalizer.Hashtag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var tagHash = StableHash.Hex(StableHash.Fnv1a64(string.Join('\u001f', tags)));
            keys.Add(new(
                string.Concat(SoundTagsPrefix, sound, "|", tagHash),
                ObjectKinds.SoundTags,
                $"sound {soundLabel} with {string.Join(' ', tags.Select(t => "#" + t))}"));
        }

        if (kinds.HasFlag(ObjectKinds.Caption) || kinds.HasFlag(ObjectKinds.NearText))
            AddTextKeys(post.Text, keys);

        if (kinds.HasFlag(ObjectKinds.Hashtag))
        {
            foreach (var tag in post.Hashtags.Select(PostNormalizer.Hashtag).Distinct(StringComparer.Ordinal))
                keys.Add(new(HashtagPrefix + tag, ObjectKinds.Hashtag, "#" + tag));
        }

        if (kinds.HasFlag(ObjectKinds.Url))
        {
            foreach (var url in UrlNormalizer.Extract(post.Text).Distinct(StringComparer.Ordinal))
                keys.Add(new(UrlPrefix + url, ObjectKinds.Url, url));
        }

        return keys;
    }

    private void AddTextKeys(string text, List<ObjectKey> keys)
    {
        var normalized = CaptionNormalizer.Normalize(text);
        if (CaptionNormalizer.WordCount(normalized) < minCaptionWords)
            return;

        var label = "\"" + (normalized.Length <= LabelChars ? normalized : normalized[..LabelChars] + "…") + "\"";
        if (kinds.HasFlag(ObjectKinds.Caption))
            keys.Add(new(CaptionPrefix + StableHash.Hex(StableHash.Fnv1a64(normalized)), ObjectKinds.Caption, "caption " + label));

        if (!kinds.HasFlag(ObjectKinds.NearText) || normalized.Length < minNearTextChars)
            return;

        var bands = _minHasher.BandHashes(normalized);
        for (var band = 0; band < bands.Length; band++)
        {
            var key = string.Concat(NearTextPrefix, band.ToString(CultureInfo.InvariantCulture), ":", StableHash.Hex(bands[band]));
            keys.Add(new(key, ObjectKinds.NearText, "text like " + label));
        }
    }

    /// <summary>The kind a stored key belongs to, from its prefix.</summary>
    public static ObjectKinds KindOf(string key) =>
        key.StartsWith(SoundTagsPrefix, StringComparison.Ordinal) ? ObjectKinds.SoundTags
        : key.StartsWith(SoundPrefix, StringComparison.Ordinal) ? ObjectKinds.Sound
        : key.StartsWith(CaptionPrefix, StringComparison.Ordinal) ? ObjectKinds.Caption
        : key.StartsWith(NearTextPrefix, StringComparison.Ordinal) ? ObjectKinds.NearText
        : key.StartsWith(HashtagPrefix, StringComparison.Ordinal) ? ObjectKinds.Hashtag
        : key.StartsWith(UrlPrefix, StringComparison.Ordinal) ? ObjectKinds.Url
        : ObjectKinds.None;
}
