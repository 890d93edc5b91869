using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// A post's key in parts (platform and platform id), so the detector can hash and store it without building the
/// <c>platform:id</c> string for every post. An empty platform means <see cref="Id"/> is the whole key.
/// </summary>
internal readonly record struct PostIdentity(string Platform, string Id)
{
    /// <summary>A 64-bit hash of the key: what the detector remembers to count a post seen twice once.</summary>
    public ulong Hash => StableHash.Mix(StableHash.Chars(Platform, 0x9057UL) ^ StableHash.Chars(Id, 0x1DUL));
}
