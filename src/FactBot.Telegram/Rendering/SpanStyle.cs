namespace FactBot.Telegram.Rendering;

/// <summary>How a run of plain text is marked up.</summary>
internal enum SpanStyle
{
    Plain,
    Bold,
    Italic,
    Link,
}
