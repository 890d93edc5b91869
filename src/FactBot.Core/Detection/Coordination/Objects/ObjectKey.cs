namespace FactBot.Core.Detection.Coordination.Objects;

/// <summary>One shared object a post carries.</summary>
/// <param name="Key">The co-share key, e.g. <c>sound:7012</c> or <c>caption:9f3c…</c>; equal keys mean the same object.</param>
/// <param name="Kind">Which kind of object it is.</param>
/// <param name="Label">A short human-readable form for evidence (sound title, caption excerpt); never used for matching.</param>
public readonly record struct ObjectKey(string Key, ObjectKinds Kind, string Label)
{
    /// <summary>
    /// The 64-bit id the streaming detector matches on. <see cref="ObjectKeyBuilder"/> sets the one its fast path
    /// computes for the same object; a key made by hand gets a hash of <see cref="Key"/>.
    /// </summary>
    public ulong Id { get; init; } = StableHash.Chars(Key, 0x0B1EC7UL);
}
