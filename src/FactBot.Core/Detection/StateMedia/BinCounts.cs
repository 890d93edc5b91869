using System.Runtime.InteropServices;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One bin of a target's window as the detector keeps it: a 10-byte struct in the window's array. Its unlabelled
/// posts' sub-slot records are in the window's <see cref="RecordLog"/>; its labelled posts in <see cref="LabelledPosts"/>
/// (most bins have none, so their count is not kept here).
/// </summary>
[StructLayout(LayoutKind.Sequential, Pack = 2)]
internal struct BinCounts
{
    /// <summary>The bin, relative to the window's base bin (bins of a window lie within days of each other).</summary>
    public int Bin;
    public int Total;

    /// <summary>How many of the log's records are this bin's: one per sub-slot (30), more only past 262,143 posts in one.</summary>
    public ushort Records;
}
