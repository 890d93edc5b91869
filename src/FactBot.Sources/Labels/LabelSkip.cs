namespace FactBot.Sources.Labels;

/// <summary>A label-file row (or one link of it) that produced no label, with the 1-based line and the reason.</summary>
public sealed record LabelSkip(int Line, string Reason)
{
    public override string ToString() => $"line {Line}: {Reason}";
}
