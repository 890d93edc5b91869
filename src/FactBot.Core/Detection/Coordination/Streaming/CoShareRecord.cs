using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// A co-share as the engine holds it: post ids, times and the objects shared (no strings). <see cref="Counting"/>
/// says whether it adds to its edge's weight now (not every object it rests on is discounted as trending).
/// </summary>
internal sealed class CoShareRecord(int older, int newer, long olderTicks, long newerTicks, ObjectRef[] objects, LiveEdge edge)
{
    public int Older => older;

    public int Newer => newer;

    public long OlderTicks => olderTicks;

    /// <summary>When the co-share happened (the later post): it leaves the lookback with it.</summary>
    public long NewerTicks => newerTicks;

    public ObjectRef[] Objects => objects;

    public LiveEdge Edge => edge;

    public bool Counting { get; set; }

    public bool Expired { get; set; }
}
