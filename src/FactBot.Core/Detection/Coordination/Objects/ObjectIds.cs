using FactBot.Core.Posts;

namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>
/// The 64-bit ids of objects, computed straight from the post's text (no key strings): one seed per kind, so a
/// hashtag and a sound with the same text are different objects. Stable across runs and machines.
/// </summary>
internal static class ObjectIds
{
    private const ulong SoundSeed = 0x50_0D_1D_00UL;
    private const ulong SoundTagsSeed = 0x50_0D_7A_65UL;
    private const ulong TagSeed = 0x7A_6A_5E_EDUL;
    private const ulong BandSeed = 0x7E_87_BA_4DUL;

    public static ulong Sound(ReadOnlySpan<char> sound) => StableHash.Chars(sound, SoundSeed);

    public static ulong SoundTags(ReadOnlySpan<char> sound, ulong tagSet) => StableHash.Mix(StableHash.Chars(sound, SoundTagsSeed) ^ tagSet);

    public static ulong Band(int band, ulong bandHash) => StableHash.Mix(bandHash ^ (BandSeed * (ulong)(band + 1)));

    /// <summary>Hashtags, captions, links and media: the kind itself seeds the hash.</summary>
    public static ulong Of(ObjectKinds kind, ReadOnlySpan<char> text) => StableHash.Chars(text, 0xC0_0B_1EUL * (ulong)kind);

    /// <summary>The set of distinct normalised hashtags, independent of order and repeats; null when there are none.</summary>
    public static ulong? TagSet(IReadOnlyList<string> hashtags)
    {
        if (hashtags.Count == 0)
            return null;

        Span<ulong> hashes = hashtags.Count <= 64 ? stackalloc ulong[hashtags.Count] : new ulong[hashtags.Count];
        var count = 0;
        for (var i = 0; i < hashtags.Count; i++)
        {
            var normalized = NormalizedTag(hashtags[i]);
            if (normalized.Length > 0)
                hashes[count++] = StableHash.Chars(normalized, TagSeed);
        }

        if (count == 0)
            return null;

        hashes = hashes[..count];
        hashes.Sort();
        var set = TagSeed;
        for (var i = 0; i < hashes.Length; i++)
        {
            if (i == 0 || hashes[i] != hashes[i - 1])
                set = StableHash.Mix(set ^ hashes[i]);
        }

        return set;
    }

    /// <summary>The hashtag as <see cref="PostNormalizer.Hashtag"/> makes it; stored posts already are, so that is checked first.</summary>
    public static string NormalizedTag(string tag)
    {
        foreach (var c in tag)
        {
            if (c is >= 'A' and <= 'Z' or '#' or '\0' || c > '\u007f' || char.IsWhiteSpace(c))
                return PostNormalizer.Hashtag(tag);
        }

        return tag;
    }
}
