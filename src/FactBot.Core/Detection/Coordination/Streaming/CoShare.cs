using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Two posts by different accounts sharing at least one object within the time window. <see cref="Older"/> is the
/// earlier post (for equal times, the one observed first). One post pair is one co-share however many objects it
/// shares (the objects are listed), so a copy with the same sound, tags and caption is not counted three times.
/// </summary>
internal sealed record CoShare(SharedPost Older, SharedPost Newer, IReadOnlyList<ObjectKey> Objects)
{
    public DateTimeOffset At => Newer.CreatedAt;

    public double DeltaSeconds => (Newer.CreatedAt - Older.CreatedAt).TotalSeconds;
}
