namespace FactBot.Sources.Demo;

/// <summary>
/// Chooses the authors of organic drafts so that no two accounts outside the planted story co-share (same sound or
/// same normalised caption within the guard window) more than once in the whole dataset. Random draws would
/// otherwise plant a few accidental "coordinated" pairs, and detector tests must be able to expect exactly the
/// planted group. Drafts are processed in time order; a draft whose drawn author would repeat a pair is redrawn.
/// </summary>
internal sealed class AuthorAssigner(TimeSpan window, OrganicAccountPool pool, DemoRandom random)
{
    private const int MaxAttempts = 500;

    private readonly HashSet<(string, string)> _pairs = [];
    private readonly Dictionary<string, List<PostDraft>> _fixedByKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Queue<PostDraft>> _recentByKey = new(StringComparer.Ordinal);
    private readonly HashSet<int> _surgeParticipants = [];

    /// <summary>Assigns every non-fixed draft an author; <paramref name="drafts"/> must be in time order.</summary>
    public void Assign(IReadOnlyList<PostDraft> drafts)
    {
        foreach (var draft in drafts.Where(d => d.IsFixed))
        {
            foreach (var key in draft.CoShareKeys())
                GetOrAdd(_fixedByKey, key).Add(draft);
        }

        foreach (var draft in drafts.Where(d => !d.IsFixed))
            AssignOne(draft);
    }

    private void AssignOne(PostDraft draft)
    {
        var keys = draft.CoShareKeys().ToList();
        var neighbours = Neighbours(draft, keys);
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var index = Draw(draft.Kind);
            if (index < 0)
                continue;
            var handle = pool.Handle(index);
            if (!Acceptable(handle, neighbours))
                continue;

            draft.Author = handle;
            draft.Region = pool.Region(index);
            if (draft.Kind == DraftKind.SurgeOrganic)
                _surgeParticipants.Add(index);
            foreach (var neighbour in neighbours.Where(n => n.Author != handle))
                _pairs.Add(Pair(handle, neighbour.Author!));
            foreach (var key in keys)
                GetOrAdd(_recentByKey, key).Enqueue(draft);
            return;
        }

        throw new InvalidOperationException(
            $"No author found for a demo post at {draft.At:O} after {MaxAttempts} draws; the account pool is too small.");
    }

    private int Draw(DraftKind kind) => kind switch
    {
        DraftKind.Organic => pool.PickByActivity(random),
        DraftKind.Trend => pool.PickUniform(random),
        _ => pool.PickUniform(random) is var index && !_surgeParticipants.Contains(index) ? index : -1,
    };

    /// <summary>Earlier assigned drafts and all fixed drafts (past or future) on a shared key within the window.</summary>
    private List<PostDraft> Neighbours(PostDraft draft, List<string> keys)
    {
        var result = new List<PostDraft>();
        foreach (var key in keys)
        {
            if (_recentByKey.TryGetValue(key, out var recent))
            {
                while (recent.Count > 0 && draft.At - recent.Peek().At > window)
                    recent.Dequeue();
                AddDistinct(result, recent);
            }

            if (_fixedByKey.TryGetValue(key, out var fixedDrafts))
                AddDistinct(result, fixedDrafts.Where(f => (f.At - draft.At).Duration() <= window));
        }

        return result;
    }

    /// <summary>
    /// A candidate is refused if it would meet an account it already co-shared with, meet one account twice now,
    /// or post twice on one object within the window.
    /// </summary>
    private bool Acceptable(string handle, List<PostDraft> neighbours)
    {
        var met = new HashSet<string>(StringComparer.Ordinal);
        foreach (var neighbour in neighbours)
        {
            // An account never posts twice on one object within the window, so no third account meets it twice.
            var other = neighbour.Author!;
            if (other == handle || !met.Add(other) || _pairs.Contains(Pair(handle, other)))
                return false;
        }

        return true;
    }

    private static void AddDistinct(List<PostDraft> result, IEnumerable<PostDraft> drafts)
    {
        foreach (var draft in drafts)
        {
            if (!result.Contains(draft))
                result.Add(draft);
        }
    }

    private static (string, string) Pair(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    private static TValue GetOrAdd<TValue>(Dictionary<string, TValue> map, string key)
        where TValue : new()
    {
        if (!map.TryGetValue(key, out var value))
        {
            value = new TValue();
            map[key] = value;
        }

        return value;
    }
}
