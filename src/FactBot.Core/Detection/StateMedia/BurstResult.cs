namespace FactBot.Core.Detection.StateMedia;

/// <summary>The burst automaton's verdict on a window of bins.</summary>
/// <param name="States">The optimal state per bin (0 = usual share, 1 = burst).</param>
/// <param name="RunStart">Index of the first bin of the burst run that ends at the last bin; -1 when the last bin is not in a burst.</param>
/// <param name="Weight">Σ (σ0 − σ1) over that run: how much better the burst state explains it (0 without a burst).</param>
/// <param name="P0">The usual share: Σr / Σd over the window.</param>
/// <param name="P1">The burst share: min(s·p0, 0.9999).</param>
internal sealed record BurstResult(int[] States, int RunStart, double Weight, double P0, double P1)
{
    public bool InBurst => RunStart >= 0;

    public static BurstResult None(int bins, double p0, double p1) => new(new int[bins], -1, 0, p0, p1);
}
