using System.Text;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>A markdown table with padded columns, readable both raw and rendered.</summary>
internal sealed class MarkdownTable(params string[] headers)
{
    private readonly List<string[]> _rows = [];

    public MarkdownTable Add(params string[] cells)
    {
        if (cells.Length != headers.Length)
            throw new ArgumentException($"Expected {headers.Length} cells, got {cells.Length}.", nameof(cells));

        _rows.Add(cells);
        return this;
    }

    public override string ToString()
    {
        var widths = headers.Select((h, i) => _rows.Select(r => r[i].Length).Append(h.Length).Max()).ToArray();
        var text = new StringBuilder();
        Line(headers);
        text.Append('|').AppendJoin('|', widths.Select(w => new string('-', w + 2))).Append("|\n");
        foreach (var row in _rows)
            Line(row);

        return text.ToString();

        void Line(string[] cells) =>
            text.Append('|').AppendJoin('|', cells.Select((c, i) => " " + c.PadRight(widths[i]) + " ")).Append("|\n");
    }
}
