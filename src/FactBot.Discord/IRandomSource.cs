namespace FactBot.Discord;

/// <summary>Randomness for jitter and waits, injected so tests are deterministic.</summary>
internal interface IRandomSource
{
    /// <summary>A number in [0, 1).</summary>
    double NextDouble();
}
