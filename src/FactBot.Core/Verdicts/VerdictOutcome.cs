using FactBot.Core.Alerts;

namespace FactBot.Core.Verdicts;

/// <summary>What recording a verdict did: the alert with its new tally, the verdict, and the one it replaced.</summary>
public sealed record VerdictOutcome(Alert Alert, Verdict Verdict, Verdict? Replaced);
