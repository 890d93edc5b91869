using FactBot.Core.Posts;

using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia.Reference;

/// <summary>
/// <b>Frozen copy of the implementation before the compact window (commit a05664d), kept as the oracle the new one is
/// compared with.</b>
/// One bin of a target's window as the detector keeps it: a struct in the window's array, so counting a post reaches
/// the target's window and, for an unlabelled post, one buffer of times. See <see cref="ReferenceBinActivity"/>.
/// </summary>
internal struct ReferenceBinCounts
{
    public long Bin;
    public int Total;
    public int Labelled;
    public ReferenceUnlabelledTimes Unlabelled;

    /// <summary>The labelled accounts' activity; null until the bin has a labelled post.</summary>
    public Dictionary<string, LabelledActivity>? Accounts;

    public void Add(Post post, bool labelled, long binTicks, ReferenceSlotBufferPool pool)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            ReferenceBinActivity.AddAccount(ref Accounts, post);
        }
        else
        {
            Unlabelled.Add(post.CreatedAt.UtcTicks, Total - Labelled - 1, Bin * binTicks, binTicks, pool);
        }
    }

    /// <summary>Gives its buffers back; the struct is then cleared by its owner.</summary>
    public void Release(ReferenceSlotBufferPool pool) => Unlabelled.Release(pool);
}
