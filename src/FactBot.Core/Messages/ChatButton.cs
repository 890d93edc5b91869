namespace FactBot.Core.Messages;

/// <summary>A button whose press comes back as <see cref="Action"/> (e.g. <c>verdict:A-7K2F:organic</c>).</summary>
public sealed record ChatButton(string Label, string Action);
