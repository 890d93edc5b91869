using System.Collections.Concurrent;

namespace FactBot.Sources.Import;

/// <summary>
/// How far through its file (or directory of files) an import or replay has read, in bytes of the file as stored (so
/// a gzip file's percentage is of its compressed size). The verb starts one for the run; every file the readers open
/// in that run's flow reports to it, which keeps the meter out of every reader's signature.
/// </summary>
public sealed class FileReadMeter
{
    private static readonly AsyncLocal<FileReadMeter?> Active = new();
    private readonly ConcurrentDictionary<string, long> _read = new(StringComparer.Ordinal);
    private readonly long _total;

    private FileReadMeter(long total) => _total = total;

    internal static FileReadMeter? Current => Active.Value;

    /// <summary>Meters the reads of <paramref name="path"/> (a file or a directory) from here on, in this flow.</summary>
    public static FileReadMeter Start(string path)
    {
        var meter = new FileReadMeter(SizeOf(path));
        Active.Value = meter;
        return meter;
    }

    /// <summary>Read so far, 0 to 1; null when the size is unknown.</summary>
    public double? Fraction => _total <= 0 ? null : Math.Min(1, _read.Values.Sum() / (double)_total);

    /// <summary>Where a file's reader stands now: the furthest point is what counts (a re-read of its head does not).</summary>
    internal void Reached(string path, long position) => _read.AddOrUpdate(path, position, (_, known) => Math.Max(known, position));

    private static long SizeOf(string path)
    {
        try
        {
            return Directory.Exists(path)
                ? new DirectoryInfo(path).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length)
                : new FileInfo(path).Length;
        }
        catch (Exception ex) when (FileText.IsExpected(ex))
        {
            return 0;
        }
    }
}
