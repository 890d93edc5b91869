namespace FactBot.Discord.Tests.Support;

/// <summary>Deterministic randomness: always the same number.</summary>
internal sealed class FixedRandom(double value = 0.5) : IRandomSource
{
    public double NextDouble() => value;
}
