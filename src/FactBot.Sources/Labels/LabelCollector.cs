using FactBot.Core.Labels;

namespace FactBot.Sources.Labels;

/// <summary>
/// Accumulates labels while a loader reads rows: keeps the first label per key, counts agreeing repeats, and
/// reports a repeat that disagrees on the category instead of silently letting one row win.
/// </summary>
internal sealed class LabelCollector
{
    private readonly List<AccountLabel> _labels = [];
    private readonly Dictionary<string, (AccountLabel Label, int Line)> _byKey = new(StringComparer.Ordinal);
    private readonly List<LabelSkip> _skipped = [];
    private int _rowsRead;
    private int _duplicates;

    public void RowRead() => _rowsRead++;

    public void Skip(int line, string reason) => _skipped.Add(new LabelSkip(line, reason));

    public void Add(AccountLabel label, int line)
    {
        if (!_byKey.TryGetValue(label.Key, out var first))
        {
            _byKey.Add(label.Key, (label, line));
            _labels.Add(label);
        }
        else if (first.Label.Category == label.Category)
        {
            _duplicates++;
        }
        else
        {
            Skip(line, $"{label.Key} is {label.Category.ToDisplay()} here but {first.Label.Category.ToDisplay()} "
                + $"on line {first.Line}; kept line {first.Line}");
        }
    }

    public LabelImport Build(LabelFileFormat format) => new()
    {
        FileFormat = format,
        Labels = _labels,
        RowsRead = _rowsRead,
        Duplicates = _duplicates,
        Skipped = _skipped,
    };
}
