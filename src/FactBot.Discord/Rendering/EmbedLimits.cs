namespace FactBot.Discord.Rendering;

/// <summary>Discord's embed and message limits (developers/resources/message "Embed Limits").</summary>
internal static class EmbedLimits
{
    public const int Title = 256;
    public const int Description = 4096;
    public const int Fields = 25;
    public const int FieldName = 256;
    public const int FieldValue = 1024;
    public const int FooterText = 2048;

    /// <summary>Title, description, field names and values and footer text, summed over all embeds of one message.</summary>
    public const int MessageTotal = 6000;

    public const int EmbedsPerMessage = 10;
    public const int ButtonsPerRow = 5;
    public const int Rows = 5;
    public const int ButtonLabel = 80;
    public const int CustomId = 100;
}
