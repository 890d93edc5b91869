using System.Runtime.InteropServices;
using FactBot.Core.Posts;

using FactBot.Core.Detection;
using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia.Reference;

/// <summary>
/// <b>Frozen copy of the implementation before the compact window (commit a05664d), kept as the oracle the new one is
/// compared with.</b>
/// One target's posts in one bin: totals, the labelled accounts, and the unlabelled posts per sub-slot (count and
/// first time), which is how the detector tells when the other accounts' volume rose without keeping every post.
/// </summary>
/// <remarks>
/// The detector keeps its bins as <see cref="ReferenceBinCounts"/> in each target's window and makes one of these only for a
/// bin it reports (sharing the window's buffers until the window moves on); on its own it collects posts itself.
/// </remarks>
internal sealed class ReferenceBinActivity
{
    /// <summary>Sub-slots per bin (2 minutes for hourly bins): the resolution at which "who came first" is judged.</summary>
    public const int Slots = 30;

    private readonly DateTimeOffset _start;
    private readonly long _binTicks;
    private ReferenceUnlabelledTimes _unlabelled;
    private Dictionary<string, LabelledActivity>? _labelled;

    public ReferenceBinActivity(DateTimeOffset start, TimeSpan binSize) => (_start, _binTicks) = (start, binSize.Ticks);

    /// <summary>A view of a window's bin.</summary>
    public ReferenceBinActivity(DateTimeOffset start, TimeSpan binSize, in ReferenceBinCounts counts)
        : this(start, binSize) =>
        (Total, Labelled, _unlabelled, _labelled) = (counts.Total, counts.Labelled, counts.Unlabelled, counts.Accounts);

    public DateTimeOffset Start => _start;

    public int Total { get; private set; }

    public int Labelled { get; private set; }

    public int Unlabelled => Total - Labelled;

    public IReadOnlyCollection<LabelledActivity> LabelledAccounts =>
        _labelled is { } labelled ? labelled.Values : [];

    public int SlotCount(int slot) => _unlabelled.SlotCount(slot, Unlabelled, _start.UtcTicks, _binTicks);

    /// <summary>The first unlabelled post in a slot, or null when the slot has none.</summary>
    public DateTimeOffset? SlotFirst(int slot) =>
        _unlabelled.SlotFirst(slot, Unlabelled, _start.UtcTicks, _binTicks) is { } ticks ? new DateTimeOffset(ticks, TimeSpan.Zero) : null;

    public DateTimeOffset SlotStart(int slot) => _start + (TimeSpan.FromTicks(_binTicks) * slot / Slots);

    public void Add(Post post, bool labelled)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            AddAccount(ref _labelled, post);
        }
        else
        {
            _unlabelled.Add(post.CreatedAt.UtcTicks, Unlabelled - 1, _start.UtcTicks, _binTicks, null);
        }
    }

    /// <summary>Counts a labelled post towards its account's activity in a bin.</summary>
    public static void AddAccount(ref Dictionary<string, LabelledActivity>? accounts, Post post)
    {
        accounts ??= new(StringComparer.Ordinal);
        ref var activity = ref CollectionsMarshal.GetValueRefOrAddDefault(accounts, post.AuthorKey, out var known);
        if (known)
            activity!.Add(post.CreatedAt, post.Key, post.Url);
        else
            activity = new LabelledActivity(post.AuthorKey, post.AuthorHandle, post.AuthorLabel!, post.CreatedAt, post.Key, post.Url);
    }
}
