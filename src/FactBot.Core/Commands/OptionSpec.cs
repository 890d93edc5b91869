namespace FactBot.Core.Commands;

/// <summary>One option of a command, as the catalog declares it; platform registrations are generated from it.</summary>
public sealed record OptionSpec(string Name, OptionType Type, string Description, bool Required = false)
{
    /// <summary>Allowed values for <see cref="OptionType.Choice"/>.</summary>
    public IReadOnlyList<string> Choices { get; init; } = [];

    /// <summary>Whether the platform should offer completions (targets, alert ids).</summary>
    public bool Autocomplete { get; init; }

    /// <summary>Smallest and largest value for numbers.</summary>
    public double? Min { get; init; }

    public double? Max { get; init; }
}
