namespace FactBot.Sources.Import;

/// <summary>One line of a file: its 1-based number, and its text or why it has none (too long, not UTF-8).</summary>
internal readonly record struct TextLine(int Number, string? Text, string? Problem);
