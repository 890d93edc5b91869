namespace FactBot.Sources.Import;

/// <summary>A record that was not imported: where it is in the source, and why.</summary>
public sealed record ImportProblem(string Position, string Reason)
{
    /// <summary>One console line; sources already put file and position into their messages, so no repeat.</summary>
    public override string ToString() =>
        Reason.Contains(Position, StringComparison.Ordinal) ? Reason : $"{Position}: {Reason}";
}
