using FactBot.Core.Detection.Coordination.Objects;

namespace FactBot.Core.Detection.Coordination.Streaming;

/// <summary>
/// Finds a new post's co-share partners: for each of its objects, the posts by other accounts that carried it at most
/// the time window away, unless that window is a crowd (more distinct accounts than the per-window cap). A partner
/// sharing several objects is one partner listing them all. Reuses its buffers: the result is valid until the next call.
/// </summary>
internal sealed class PartnerFinder(PostTable posts, ShareIndex index, ShareIndex bands, CoordinationOptions options)
{
    private readonly long _window = options.TimeWindow.Ticks;
    private readonly List<int> _found = [];
    private readonly List<ShareBucket> _exactSlices = [];
    private readonly List<ShareBucket> _bandSlices = [];
    private readonly List<int> _inWindow = [];
    private readonly HashSet<int> _crowd = [];
    private readonly Dictionary<int, int> _slotOf = [];
    private readonly List<(int Post, List<ObjectRef> Objects)> _partners = [];
    private readonly Stack<List<ObjectRef>> _pool = new();

    public List<(int Post, List<ObjectRef> Objects)> Find(int post, int account, long ticks, ReadOnlySpan<ObjectRef> objects, ReadOnlySpan<bool> skip, long cutoffTicks, long bandCutoffTicks)
    {
        foreach (var (_, list) in _partners)
        {
            list.Clear();
            _pool.Push(list);
        }

        _partners.Clear();
        _slotOf.Clear();
        index.Slices(ticks - _window, ticks + _window, _exactSlices);
        bands.Slices(ticks - _window, ticks + _window, _bandSlices);
        for (var o = 0; o < objects.Length; o++)
        {
            if (skip[o])
                continue;
            var item = objects[o];
            _found.Clear();
            var near = item.Kind == ObjectKinds.NearText;
            ShareIndex.Find(item.Id, near ? _bandSlices : _exactSlices, _found);
            var cutoff = near ? bandCutoffTicks : cutoffTicks;
            if (_found.Count == 0)
                continue;

            _inWindow.Clear();
            foreach (var other in _found)
            {
                if (other == post || !posts.Holds(other))
                    continue;
                var otherTicks = posts.TicksOf(other);
                if (otherTicks >= cutoff && Math.Abs(otherTicks - ticks) <= _window)
                    _inWindow.Add(other);
            }

            if (_inWindow.Count == 0 || IsCrowded(account))
                continue;

            // Arrival order among equal times orients same-second pairs like CooRTweet's row order.
            _inWindow.Sort();
            foreach (var other in _inWindow)
            {
                if (posts.AccountOf(other) == account)
                    continue;
                if (!_slotOf.TryGetValue(other, out var slot))
                {
                    slot = _partners.Count;
                    _slotOf[other] = slot;
                    _partners.Add((other, _pool.TryPop(out var list) ? list : []));
                }

                _partners[slot].Objects.Add(item);
            }
        }

        return _partners;
    }

    // A crowd reacting to the same moment is not a network: more distinct accounts in the window than the cap.
    private bool IsCrowded(int account)
    {
        var cap = options.MaxAccountsPerObjectWindow;
        if (_inWindow.Count + 1 <= cap)
            return false;

        _crowd.Clear();
        _crowd.Add(account);
        foreach (var other in _inWindow)
        {
            if (_crowd.Add(posts.AccountOf(other)) && _crowd.Count > cap)
                return true;
        }

        return false;
    }
}
