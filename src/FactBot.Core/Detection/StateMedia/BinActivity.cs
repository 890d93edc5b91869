using FactBot.Core.Posts;

namespace FactBot.Core.Detection.StateMedia;

/// <summary>
/// One target's posts in one bin: totals, the labelled accounts, and the unlabelled posts per sub-slot (count and
/// first time), which is how the detector tells when the other accounts' volume rose without keeping every post.
/// </summary>
internal sealed class BinActivity(DateTimeOffset start, TimeSpan binSize)
{
    /// <summary>Sub-slots per bin (2 minutes for hourly bins): the resolution at which "who came first" is judged.</summary>
    public const int Slots = 30;

    private readonly int[] _slotCounts = new int[Slots];
    private readonly long[] _slotFirstTicks = new long[Slots];
    private readonly Dictionary<string, LabelledActivity> _labelled = new(StringComparer.Ordinal);

    public DateTimeOffset Start => start;

    public int Total { get; private set; }

    public int Labelled { get; private set; }

    public int Unlabelled => Total - Labelled;

    public IReadOnlyCollection<LabelledActivity> LabelledAccounts => _labelled.Values;

    public int SlotCount(int slot) => _slotCounts[slot];

    /// <summary>The first unlabelled post in a slot, or null when the slot has none.</summary>
    public DateTimeOffset? SlotFirst(int slot) =>
        _slotCounts[slot] == 0 ? null : new DateTimeOffset(_slotFirstTicks[slot], TimeSpan.Zero);

    public DateTimeOffset SlotStart(int slot) => start + (binSize * slot / Slots);

    public void Add(Post post, bool labelled)
    {
        Total++;
        if (labelled)
        {
            Labelled++;
            if (_labelled.TryGetValue(post.AuthorKey, out var activity))
                activity.Add(post.CreatedAt, post.Key, post.Url);
            else
                _labelled[post.AuthorKey] = new LabelledActivity(post.AuthorKey, post.AuthorHandle, post.AuthorLabel!, post.CreatedAt, post.Key, post.Url);
            return;
        }

        var slot = (int)Math.Clamp((post.CreatedAt - start).Ticks * Slots / binSize.Ticks, 0, Slots - 1);
        var ticks = post.CreatedAt.UtcTicks;
        if (_slotCounts[slot]++ == 0 || ticks < _slotFirstTicks[slot])
            _slotFirstTicks[slot] = ticks;
    }
}
