using System.Runtime.InteropServices;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>
/// CPU time (user + system) of this process's finished children, from getrusage(RUSAGE_CHILDREN). The difference
/// around one run is that run's CPU time: far less sensitive than wall time to other work on a shared machine.
/// </summary>
internal static partial class ChildCpuTime
{
    private const int RusageChildren = -1;

    /// <summary>Total so far, or null where getrusage is not available (not Linux).</summary>
    public static TimeSpan? Total()
    {
        if (!OperatingSystem.IsLinux())
            return null;

        // struct rusage on 64-bit Linux: ru_utime and ru_stime (timeval: seconds, microseconds), then 14 longs.
        var usage = new long[18];
        if (GetRusage(RusageChildren, usage) != 0)
            return null;

        var microseconds = ((usage[0] + usage[2]) * 1_000_000) + usage[1] + usage[3];
        return TimeSpan.FromMicroseconds(microseconds);
    }

    [DllImport("libc", EntryPoint = "getrusage", SetLastError = true)]
    private static extern int GetRusage(int who, [Out] long[] usage);
}
