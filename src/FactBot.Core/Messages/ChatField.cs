namespace FactBot.Core.Messages;

/// <summary>A labelled value in a message (an embed field on Discord, a bold label line elsewhere).</summary>
public sealed record ChatField(string Name, string Value, bool Inline = true);
