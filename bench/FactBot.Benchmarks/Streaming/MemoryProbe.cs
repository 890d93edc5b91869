using System.Diagnostics;
using FactBot.Core.Detection.Coordination.Streaming;

namespace FactBot.Benchmarks.Streaming;

/// <summary>
/// Samples the managed heap while a run goes on: the GC's heap size after its latest collection (what survives,
/// roughly the detectors' state plus young garbage) and the process's peak working set (everything, native too).
/// </summary>
internal sealed class MemoryProbe
{
    public long PeakHeapAfterGc { get; private set; }

    public long PeakCommitted { get; private set; }

    /// <summary>The most shares (post × object: sound, caption, MinHash band, …) the coordination detector indexed at a sample.</summary>
    public long PeakObjects { get; private set; }

    /// <summary>The most co-shares it held at a sample.</summary>
    public int PeakCoShares { get; private set; }

    /// <summary>Its tables' bytes (posts, accounts, share index, document frequencies) at the sample where they were largest.</summary>
    public (long Posts, long Accounts, long Shares, long Frequencies) PeakHeld { get; private set; }

    public void Sample(StreamingCoordinationDetector? coordination)
    {
        if (coordination is not null)
        {
            PeakObjects = Math.Max(PeakObjects, coordination.Engine.ShareCount);
            PeakCoShares = Math.Max(PeakCoShares, coordination.Engine.CoShareCount);
            var held = coordination.Engine.HeldBytes;
            if (held.Posts + held.Accounts + held.Shares + held.Frequencies > PeakHeld.Posts + PeakHeld.Accounts + PeakHeld.Shares + PeakHeld.Frequencies)
                PeakHeld = held;
        }

        var info = GC.GetGCMemoryInfo();
        PeakHeapAfterGc = Math.Max(PeakHeapAfterGc, info.HeapSizeBytes);
        PeakCommitted = Math.Max(PeakCommitted, info.TotalCommittedBytes);
    }

    public static long PeakWorkingSet()
    {
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        return process.PeakWorkingSet64;
    }

    /// <summary>The live managed state after a full, compacting collection.</summary>
    public static long LiveAfterFullGc()
    {
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        return GC.GetTotalMemory(forceFullCollection: true);
    }

    public static string Mib(long bytes) => $"{bytes / 1024.0 / 1024.0:F0} MiB";
}
