namespace FactBot.Core.Digests;

/// <summary>One target that rose most against its usual volume, with where the number comes from.</summary>
/// <param name="TargetKey">The target, e.g. <c>#donbas</c>.</param>
/// <param name="Ratio">Count / expected.</param>
/// <param name="Count">Posts in the bin behind the ratio, when known.</param>
/// <param name="AlertId">The alert that carries the ratio, or null when it comes from the detector's last bin.</param>
public sealed record TopMover(string TargetKey, double Ratio, double? Count, string? AlertId);
