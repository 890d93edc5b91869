namespace FactBot.Core.Messages;

/// <summary>
/// The platform-neutral message every adapter renders. All strings are plain user-visible text: adapters
/// escape them for their markup and never let them mention anyone.
/// </summary>
public sealed record ChatMessage
{
    public required string Title { get; init; }

    public string Summary { get; init; } = "";

    public IReadOnlyList<ChatField> Fields { get; init; } = [];

    public IReadOnlyList<string> Links { get; init; } = [];

    /// <summary>Optional PNG chart.</summary>
    public byte[]? ChartPng { get; init; }

    public IReadOnlyList<ChatButton> Buttons { get; init; } = [];

    /// <summary>Free text after the fields (digest sections, footers).</summary>
    public string Footer { get; init; } = "";
}
