namespace FactBot.Core.Alerts;

/// <summary>What an alert rests on, stored with it so <c>/explain</c> never recomputes or guesses.</summary>
public sealed record AlertEvidence
{
    /// <summary>Example post keys (bounded; the first and most telling ones).</summary>
    public IReadOnlyList<string> PostKeys { get; init; } = [];

    /// <summary>Author keys involved.</summary>
    public IReadOnlyList<string> Accounts { get; init; } = [];

    /// <summary>Accounts with a state-media label, as <c>handle (category, source)</c>.</summary>
    public IReadOnlyList<string> LabelledAccounts { get; init; } = [];

    /// <summary>Shared objects (sound, caption hash, …) for coordination alerts.</summary>
    public IReadOnlyList<string> Objects { get; init; } = [];

    /// <summary>Example links, when the platform gives post URLs.</summary>
    public IReadOnlyList<string> Links { get; init; } = [];

    public static AlertEvidence Empty { get; } = new();
}
