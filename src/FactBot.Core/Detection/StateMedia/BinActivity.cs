using System.Runtime.InteropServices;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One target's posts in one bin: totals, the labelled accounts, and the unlabelled posts per sub-slot (count and
/// first time), which is how the detector tells when the other accounts' volume rose without keeping every post.
/// </summary>
/// <remarks>
/// The detector keeps its bins compactly in each target's window (<see cref="TargetSeries"/>) and makes one of these
/// only for a bin of a wave it analyses (a copy); on its own it collects posts itself.
/// </remarks>
internal sealed class BinActivity
{
    /// <summary>Sub-slots per bin (2 minutes for hourly bins): the resolution at which "who came first" is judged.</summary>
    public const int Slots = 30;

    private readonly DateTimeOffset _start;
    private readonly long _binTicks;

    // Per sub-slot: unlabelled posts, and the first one's ticks (meaningful where the count is not zero).
    private readonly int[] _counts = new int[Slots];
    private readonly long[] _firsts = new long[Slots];
    private Dictionary<string, LabelledActivity>? _labelled;
    private readonly IReadOnlyCollection<LabelledActivity>? _accounts;

    public BinActivity(DateTimeOffset start, TimeSpan binSize) => (_start, _binTicks) = (start, binSize.Ticks);

    /// <summary>A copy of a window's bin: its counts, its unlabelled posts' <see cref="SlotRecord"/>s and its labelled accounts.</summary>
    public BinActivity(
        DateTimeOffset start, TimeSpan binSize, int total, int labelled, ReadOnlySpan<SlotRecord> records, IReadOnlyCollection<LabelledActivity> accounts)
        : this(start, binSize)
    {
        (Total, Labelled, _accounts) = (total, labelled, accounts);
        SlotRecords.Spread(records, _binTicks, _counts, _firsts);
        for (var slot = 0; slot < Slots; slot++)
        {
            if (_counts[slot] > 0)
                _firsts[slot] += start.UtcTicks;
        }
    }

    public DateTimeOffset Start => _start;

    public int Total { get; private set; }

    public int Labelled { get; private set; }

    public int Unlabelled => Total - Labelled;

    public IReadOnlyCollection<LabelledActivity> LabelledAccounts =>
        _accounts ?? (_labelled is { } labelled ? labelled.Values : []);

    public int SlotCount(int slot) => _counts[slot];

    /// <summary>The first unlabelled post in a slot, or null when the slot has none.</summary>
    public DateTimeOffset? SlotFirst(int slot) =>
        _counts[slot] > 0 ? new DateTimeOffset(_firsts[slot], TimeSpan.Zero) : null;

    public DateTimeOffset SlotStart(int slot) => _start + (TimeSpan.FromTicks(_binTicks) * slot / Slots);

    public void Add(Post post, bool labelled)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            AddAccount(ref _labelled, post);
            return;
        }

        var ticks = post.CreatedAt.UtcTicks;
        var slot = SlotRecords.SlotOf(ticks - _start.UtcTicks, _binTicks);
        if (_counts[slot]++ == 0 || ticks < _firsts[slot])
            _firsts[slot] = ticks;
    }

    /// <summary>Counts a labelled post towards its account's activity in a bin.</summary>
    private static void AddAccount(ref Dictionary<string, LabelledActivity>? accounts, Post post)
    {
        accounts ??= new(StringComparer.Ordinal);
        ref var activity = ref CollectionsMarshal.GetValueRefOrAddDefault(accounts, post.AuthorKey, out var known);
        if (known)
            activity!.Add(post.CreatedAt, post.Key, post.Url);
        else
            activity = new LabelledActivity(post.AuthorKey, post.AuthorHandle, post.AuthorLabel!, post.CreatedAt, post.Key, post.Url);
    }
}
