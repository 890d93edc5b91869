using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One bin of a target's window as the detector keeps it: a struct in the window's array, so counting a post reaches
/// the target's window and, for an unlabelled post, one buffer of times. See <see cref="BinActivity"/>.
/// </summary>
internal struct BinCounts
{
    public long Bin;
    public int Total;
    public int Labelled;
    public UnlabelledTimes Unlabelled;

    /// <summary>The labelled accounts' activity; null until the bin has a labelled post.</summary>
    public Dictionary<string, LabelledActivity>? Accounts;

    public void Add(Post post, bool labelled, long binTicks, SlotBufferPool pool)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            BinActivity.AddAccount(ref Accounts, post);
        }
        else
        {
            Unlabelled.Add(post.CreatedAt.UtcTicks, Total - Labelled - 1, Bin * binTicks, binTicks, pool);
        }
    }

    /// <summary>Gives its buffers back; the struct is then cleared by its owner.</summary>
    public void Release(SlotBufferPool pool) => Unlabelled.Release(pool);
}
