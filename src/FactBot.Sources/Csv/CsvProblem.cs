namespace FactBot.Sources.Csv;

/// <summary>A CSV row that was skipped: the line it starts on, the column at fault (empty for the whole row), and why.</summary>
public sealed record CsvProblem(int Line, string Field, string Message)
{
    public override string ToString() => Field.Length == 0 ? $"line {Line}: {Message}" : $"line {Line}, {Field}: {Message}";
}
