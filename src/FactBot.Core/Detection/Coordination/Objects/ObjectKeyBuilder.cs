using System.Globalization;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// Builds the object keys of a post for co-share detection (CooRTweet's <c>object_id</c>, generalised): two posts
/// by different accounts with an equal key close in time are a co-share. Keys are deterministic across runs and
/// machines, so stored evidence and batch runs agree with the live detector. Two forms: <see cref="Build"/> gives
/// readable keys and labels (evidence, tests); <see cref="BuildIds"/> gives only the 64-bit ids, allocation-free, for
/// every post the live detector sees. Both compute the same ids. Not thread-safe (a scratch buffer is reused).
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
    public const string MediaPrefix = "media:";

    private const int LabelChars = 60;
    private readonly MinHasher _minHasher = new();
    private char[] _scratch = new char[512];

    public ObjectKinds Kinds => kinds;

    /// <summary>The keys with their readable form and evidence label.</summary>
    public IReadOnlyList<ObjectKey> Build(Post post)
    {
        var keys = new List<ObjectKey>();
        var sound = string.IsNullOrWhiteSpace(post.SoundId) ? null : post.SoundId.Trim();
        var soundLabel = sound is null ? "" : (string.IsNullOrWhiteSpace(post.SoundTitle) ? sound : $"{post.SoundTitle} ({sound})");

        if (kinds.HasFlag(ObjectKinds.Sound) && sound is not null)
            keys.Add(new(SoundPrefix + sound, ObjectKinds.Sound, "sound " + soundLabel) { Id = ObjectIds.Sound(sound) });

        if (kinds.HasFlag(ObjectKinds.SoundTags) && sound is not null && ObjectIds.TagSet(post.Hashtags) is { } tagSet)
        {
            var tags = post.Hashtags.Select(ObjectIds.NormalizedTag).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
            keys.Add(new(
                string.Concat(SoundTagsPrefix, sound, "|", StableHash.Hex(tagSet)),
                ObjectKinds.SoundTags,
                $"sound {soundLabel} with {string.Join(' ', tags.Select(t => "#" + t))}") { Id = ObjectIds.SoundTags(sound, tagSet) });
        }

        if (kinds.HasFlag(ObjectKinds.Caption) || kinds.HasFlag(ObjectKinds.NearText))
            AddTextKeys(post.Text, keys);

        if (kinds.HasFlag(ObjectKinds.Hashtag))
        {
            foreach (var tag in post.Hashtags.Select(ObjectIds.NormalizedTag).Distinct(StringComparer.Ordinal))
                keys.Add(new(HashtagPrefix + tag, ObjectKinds.Hashtag, "#" + tag) { Id = ObjectIds.Of(ObjectKinds.Hashtag, tag) });
        }

        if (kinds.HasFlag(ObjectKinds.Url))
        {
            foreach (var url in UrlNormalizer.Extract(post.Text).Distinct(StringComparer.Ordinal))
                keys.Add(new(UrlPrefix + url, ObjectKinds.Url, url) { Id = ObjectIds.Of(ObjectKinds.Url, url) });
        }

        if (kinds.HasFlag(ObjectKinds.Media))
        {
            foreach (var media in post.MediaFingerprints.Where(m => !string.IsNullOrWhiteSpace(m)).Distinct(StringComparer.Ordinal))
                keys.Add(new(MediaPrefix + media, ObjectKinds.Media, "media " + media) { Id = ObjectIds.Of(ObjectKinds.Media, media) });
        }

        return keys;
    }

    /// <summary>The ids of the post's objects into <paramref name="output"/> (cleared first), without building any string.</summary>
    internal void BuildIds(Post post, List<ObjectRef> output)
    {
        output.Clear();
        var sound = post.SoundId.AsSpan().Trim();
        if (!sound.IsEmpty)
        {
            if (kinds.HasFlag(ObjectKinds.Sound))
                output.Add(new(ObjectIds.Sound(sound), ObjectKinds.Sound));
            if (kinds.HasFlag(ObjectKinds.SoundTags) && ObjectIds.TagSet(post.Hashtags) is { } tagSet)
                output.Add(new(ObjectIds.SoundTags(sound, tagSet), ObjectKinds.SoundTags));
        }

        if (kinds.HasFlag(ObjectKinds.Caption) || kinds.HasFlag(ObjectKinds.NearText))
            AddTextIds(post.Text, output);

        if (kinds.HasFlag(ObjectKinds.Hashtag))
        {
            for (var i = 0; i < post.Hashtags.Count; i++)
                AddDistinct(output, new(ObjectIds.Of(ObjectKinds.Hashtag, ObjectIds.NormalizedTag(post.Hashtags[i])), ObjectKinds.Hashtag));
        }

        if (kinds.HasFlag(ObjectKinds.Url) && post.Text.Contains("://", StringComparison.Ordinal) | post.Text.Contains("www.", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var url in UrlNormalizer.Extract(post.Text))
                AddDistinct(output, new(ObjectIds.Of(ObjectKinds.Url, url), ObjectKinds.Url));
        }

        if (kinds.HasFlag(ObjectKinds.Media))
        {
            for (var i = 0; i < post.MediaFingerprints.Count; i++)
            {
                var media = post.MediaFingerprints[i];
                if (!string.IsNullOrWhiteSpace(media))
                    AddDistinct(output, new(ObjectIds.Of(ObjectKinds.Media, media), ObjectKinds.Media));
            }
        }
    }

    private void AddTextKeys(string text, List<ObjectKey> keys)
    {
        var normalized = CaptionNormalizer.Normalize(text);
        if (CaptionNormalizer.WordCount(normalized) < minCaptionWords)
            return;

        var label = "\"" + (normalized.Length <= LabelChars ? normalized : normalized[..LabelChars] + "…") + "\"";
        if (kinds.HasFlag(ObjectKinds.Caption))
        {
            var caption = ObjectIds.Of(ObjectKinds.Caption, normalized);
            keys.Add(new(CaptionPrefix + StableHash.Hex(caption), ObjectKinds.Caption, "caption " + label) { Id = caption });
        }

        if (!kinds.HasFlag(ObjectKinds.NearText) || normalized.Length < minNearTextChars)
            return;

        Span<ulong> bands = stackalloc ulong[_minHasher.Bands];
        var count = _minHasher.BandHashes(normalized, bands);
        for (var band = 0; band < count; band++)
        {
            var key = string.Concat(NearTextPrefix, band.ToString(CultureInfo.InvariantCulture), ":", StableHash.Hex(bands[band]));
            keys.Add(new(key, ObjectKinds.NearText, "text like " + label) { Id = ObjectIds.Band(band, bands[band]) });
        }
    }

    private void AddTextIds(string text, List<ObjectRef> output)
    {
        if (_scratch.Length < text.Length)
            _scratch = new char[Math.Max(text.Length, _scratch.Length * 2)];
        var normalized = CaptionNormalizer.Normalize(text, _scratch, out var words);
        if (normalized.IsEmpty || words < minCaptionWords)
            return;

        if (kinds.HasFlag(ObjectKinds.Caption))
            output.Add(new(ObjectIds.Of(ObjectKinds.Caption, normalized), ObjectKinds.Caption));
        if (!kinds.HasFlag(ObjectKinds.NearText) || normalized.Length < minNearTextChars)
            return;

        Span<ulong> bands = stackalloc ulong[_minHasher.Bands];
        var count = _minHasher.BandHashes(normalized, bands);
        for (var band = 0; band < count; band++)
            output.Add(new(ObjectIds.Band(band, bands[band]), ObjectKinds.NearText));
    }

    private static void AddDistinct(List<ObjectRef> output, ObjectRef item)
    {
        if (!output.Contains(item))
            output.Add(item);
    }

    /// <summary>The kind a stored key belongs to, from its prefix.</summary>
    public static ObjectKinds KindOf(string key) =>
        key.StartsWith(SoundTagsPrefix, StringComparison.Ordinal) ? ObjectKinds.SoundTags
        : key.StartsWith(SoundPrefix, StringComparison.Ordinal) ? ObjectKinds.Sound
        : key.StartsWith(CaptionPrefix, StringComparison.Ordinal) ? ObjectKinds.Caption
        : key.StartsWith(NearTextPrefix, StringComparison.Ordinal) ? ObjectKinds.NearText
        : key.StartsWith(HashtagPrefix, StringComparison.Ordinal) ? ObjectKinds.Hashtag
        : key.StartsWith(UrlPrefix, StringComparison.Ordinal) ? ObjectKinds.Url
        : key.StartsWith(MediaPrefix, StringComparison.Ordinal) ? ObjectKinds.Media
        : ObjectKinds.None;
}
