using System.Text;
using LiteDB;

namespace FactBot.Storage.Mapping;

/// <summary>
/// A post's hashtags and sound id read back from its target index keys (<c>#tag␟time</c>, <c>sound:id␟time</c>), so a
/// document need not hold them twice (~70 bytes of a ~500-byte document). The writer leaves a field out only when this
/// gives it back exactly (duplicates, over-long keys and the like keep it stored), so reading is always exact.
/// </summary>
internal static class TargetFields
{
    private const string SoundPrefix = "sound:";

    /// <summary>The hashtags behind the <c>#</c> keys, in key order (the post's order, without repeats).</summary>
    public static List<string> Hashtags(BsonValue? targets)
    {
        var tags = new List<string>();
        foreach (var name in Names(targets))
        {
            if (name.StartsWith('#'))
                tags.Add(name[1..]);
        }

        return tags;
    }

    /// <summary>The sound id behind the <c>sound:</c> key, or null.</summary>
    public static string? SoundId(BsonValue? targets)
    {
        foreach (var name in Names(targets))
        {
            if (name.StartsWith(SoundPrefix, StringComparison.Ordinal))
                return name[SoundPrefix.Length..];
        }

        return null;
    }

    private static IEnumerable<string> Names(BsonValue? targets)
    {
        if (targets is null || !targets.IsArray)
            yield break;
        foreach (var key in targets.AsArray)
        {
            var bytes = key.AsBinary;
            yield return Encoding.UTF8.GetString(bytes, 0, bytes.Length - PostIndexKeys.TimeBytes);
        }
    }
}
