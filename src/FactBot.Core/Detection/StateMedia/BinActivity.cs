using System.Runtime.InteropServices;
using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One target's posts in one bin: totals, the labelled accounts, and the unlabelled posts per sub-slot (count and
/// first time), which is how the detector tells when the other accounts' volume rose without keeping every post.
/// </summary>
/// <remarks>
/// Every watched target keeps a window of these, so they are small: while a bin has few unlabelled posts their times
/// are kept as they are (8 bytes each) and the slots are worked out when asked; past <see cref="MaxTimes"/> the bin
/// switches to per-slot counts and first times. Both give the same answers. Reused through <see cref="BinActivityPool"/>.
/// </remarks>
internal sealed class BinActivity(DateTimeOffset start, TimeSpan binSize, BinActivityPool? pool = null)
{
    /// <summary>Sub-slots per bin (2 minutes for hourly bins): the resolution at which "who came first" is judged.</summary>
    public const int Slots = 30;

    /// <summary>Unlabelled posts kept as times; one more and the bin keeps per-slot tables instead.</summary>
    public const int MaxTimes = 32;

    // A reused bin keeps its labelled accounts' table up to this size; a bigger one (from a flood) goes.
    private const int KeptLabelled = 16;

    private readonly long _binTicks = binSize.Ticks;
    private DateTimeOffset _start = start;
    private long[]? _times;
    private int[]? _slotCounts;
    private long[]? _slotFirstTicks;
    private Dictionary<string, LabelledActivity>? _labelled;

    public DateTimeOffset Start => _start;

    public int Total { get; private set; }

    public int Labelled { get; private set; }

    public int Unlabelled => Total - Labelled;

    public IReadOnlyCollection<LabelledActivity> LabelledAccounts =>
        _labelled is { } labelled ? labelled.Values : [];

    public int SlotCount(int slot)
    {
        if (_slotCounts is { } counts)
            return counts[slot];

        var count = 0;
        foreach (var ticks in SparseTimes)
        {
            if (SlotOf(ticks) == slot)
                count++;
        }

        return count;
    }

    /// <summary>The first unlabelled post in a slot, or null when the slot has none.</summary>
    public DateTimeOffset? SlotFirst(int slot)
    {
        long? first = null;
        if (_slotCounts is { } counts)
        {
            if (counts[slot] > 0)
                first = _slotFirstTicks![slot];
        }
        else
        {
            foreach (var ticks in SparseTimes)
            {
                if (SlotOf(ticks) == slot && (first is null || ticks < first))
                    first = ticks;
            }
        }

        return first is { } at ? new DateTimeOffset(at, TimeSpan.Zero) : null;
    }

    public DateTimeOffset SlotStart(int slot) => _start + (TimeSpan.FromTicks(_binTicks) * slot / Slots);

    // While sparse, every unlabelled post's time is held, in arrival order.
    private ReadOnlySpan<long> SparseTimes => _times is { } times ? times.AsSpan(0, Unlabelled) : [];

    public void Add(Post post, bool labelled)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            _labelled ??= new(StringComparer.Ordinal);
            ref var activity = ref CollectionsMarshal.GetValueRefOrAddDefault(_labelled, post.AuthorKey, out var known);
            if (known)
                activity!.Add(post.CreatedAt, post.Key, post.Url);
            else
                activity = new LabelledActivity(post.AuthorKey, post.AuthorHandle, post.AuthorLabel!, post.CreatedAt, post.Key, post.Url);
            return;
        }

        var ticks = post.CreatedAt.UtcTicks;
        if (_slotCounts is null)
        {
            var held = Unlabelled - 1;
            if (held < MaxTimes)
            {
                if (_times is null || held == _times.Length)
                    GrowTimes(held);
                _times![held] = ticks;
                return;
            }

            ToSlots(held);
        }

        AddToSlot(ticks);
    }

    /// <summary>Empties it for another bin; its buffers go back to the pool, so an idle bin holds none.</summary>
    public void Reset(DateTimeOffset newStart)
    {
        _start = newStart;
        Total = 0;
        Labelled = 0;
        if (_times is { } times)
            pool?.ReturnTimes(times);
        if (_slotCounts is { } counts)
            pool?.ReturnSlots(counts, _slotFirstTicks!);
        (_times, _slotCounts, _slotFirstTicks) = (null, null, null);
        if (_labelled is { Count: > KeptLabelled })
            _labelled = null;
        else
            _labelled?.Clear();
    }

    // (post time − bin start) · slots / bin width, clamped: the slot a post falls in.
    private int SlotOf(long ticks) => (int)Math.Clamp((ticks - _start.UtcTicks) * Slots / _binTicks, 0, Slots - 1);

    // Buffers come from the pool and go back to it: bins live for days, and fresh arrays would all be promoted first.
    private void GrowTimes(int held)
    {
        var size = _times is null ? BinActivityPool.SmallestTimes : _times.Length * 2;
        var grown = pool?.RentTimes(size) ?? new long[size];
        if (_times is { } old)
        {
            old.AsSpan(0, held).CopyTo(grown);
            pool?.ReturnTimes(old);
        }

        _times = grown;
    }

    private void ToSlots(int held)
    {
        var times = _times!;
        if (pool is null)
            (_slotCounts, _slotFirstTicks) = (new int[Slots], new long[Slots]);
        else
            (_slotCounts, _slotFirstTicks) = pool.RentSlots();
        _times = null;
        for (var i = 0; i < held; i++)
            AddToSlot(times[i]);
        pool?.ReturnTimes(times);
    }

    private void AddToSlot(long ticks)
    {
        var slot = SlotOf(ticks);
        if (_slotCounts![slot]++ == 0 || ticks < _slotFirstTicks![slot])
            _slotFirstTicks![slot] = ticks;
    }
}
