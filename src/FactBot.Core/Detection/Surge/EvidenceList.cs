namespace FactBot.Core.Detection.Surge;

/// <summary>
/// A short list of evidence held in the series itself: the first two in fields (one or two bins are open at a time),
/// more only before the first bins are judged (warm-up), in a list made then. Saves a list per target.
/// A mutable struct kept in a field of its owner.
/// </summary>
internal struct EvidenceList
{
    private BinEvidence? _first;
    private BinEvidence? _second;
    private List<BinEvidence>? _more;

    public readonly int Count => _first is null ? 0 : _second is null ? 1 : 2 + (_more?.Count ?? 0);

    public readonly BinEvidence this[int index] => index switch
    {
        0 => _first!,
        1 => _second!,
        _ => _more![index - 2],
    };

    public void Add(BinEvidence evidence)
    {
        if (_first is null)
            _first = evidence;
        else if (_second is null)
            _second = evidence;
        else
            (_more ??= []).Add(evidence);
    }

    /// <summary>Removes the item at <paramref name="index"/>; the later ones move down one.</summary>
    public void RemoveAt(int index)
    {
        if (index == 0)
            (_first, index) = (_second, 1);
        if (index == 1)
            _second = _more is { Count: > 0 } more ? more[0] : null;
        if (_more is { Count: > 0 } rest)
            rest.RemoveAt(Math.Max(0, index - 2));
        if (_more is { Count: 0 })
            _more = null;
    }
}
