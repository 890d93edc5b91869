namespace FactBot.Sources.Import;

/// <summary>A record that was not imported: where it is in the source, and why.</summary>
public sealed record ImportProblem(string Position, string Reason)
{
    /// <summary>
    /// One console line; sources already put file and position into their messages, so no repeat. A file source's
    /// position ends with a resume mark (<c>@line@offset#fingerprint</c>), which is for machines and left out here.
    /// </summary>
    public override string ToString()
    {
        var at = Position.IndexOf('@', StringComparison.Ordinal);
        var shown = at > 0 ? Position[..at] : Position;
        return Reason.Contains(shown, StringComparison.Ordinal) ? Reason : $"{shown}: {Reason}";
    }
}
