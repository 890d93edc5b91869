using FactBot.Core.Alerts;

namespace FactBot.Core.Verdicts;

/// <summary>Verdict words (<c>coordinated</c>, <c>organic</c>, …) to values and back, and tallies of them.</summary>
public static class VerdictValues
{
    /// <summary>The word users type and buttons carry, e.g. <c>organic</c>.</summary>
    public static string Slug(this VerdictValue value) => value.ToString().ToLowerInvariant();

    /// <summary>Null when the word is not a verdict.</summary>
    public static VerdictValue? Parse(string? word)
    {
        foreach (var value in Enum.GetValues<VerdictValue>())
        {
            if (string.Equals(value.Slug(), word?.Trim(), StringComparison.OrdinalIgnoreCase))
                return value;
        }

        return null;
    }

    /// <summary>Counts one verdict per voter: the store keeps only each voter's latest, so this is a plain count.</summary>
    public static VerdictTally Tally(IEnumerable<Verdict> verdicts)
    {
        int coordinated = 0, organic = 0, misleading = 0, unsure = 0;
        foreach (var verdict in verdicts)
        {
            switch (verdict.Value)
            {
                case VerdictValue.Coordinated: coordinated++; break;
                case VerdictValue.Organic: organic++; break;
                case VerdictValue.Misleading: misleading++; break;
                default: unsure++; break;
            }
        }

        return new VerdictTally(coordinated, organic, misleading, unsure);
    }
}
