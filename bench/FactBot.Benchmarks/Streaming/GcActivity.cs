namespace FactBot.Benchmarks.Streaming;

/// <summary>Collections per generation and the time the program stood still for them, so far in the process.</summary>
internal readonly record struct GcActivity(int Gen0, int Gen1, int Gen2, TimeSpan Pause)
{
    public static GcActivity Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration());

    public static GcActivity operator -(GcActivity end, GcActivity start) =>
        new(end.Gen0 - start.Gen0, end.Gen1 - start.Gen1, end.Gen2 - start.Gen2, end.Pause - start.Pause);
}
