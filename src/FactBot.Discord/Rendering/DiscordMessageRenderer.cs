using System.Text.Json.Nodes;
using FactBot.Core.Messages;
using FactBot.Discord.Rest;

namespace FactBot.Discord.Rendering;

/// <summary>
/// Renders a neutral <see cref="ChatMessage"/> as Discord messages: embeds within every limit (split into several
/// messages rather than truncated), the chart as an attached image, verdict buttons as components. The first
/// message carries the chart and the buttons, since it is the one an updated alert edits.
/// </summary>
internal static class DiscordMessageRenderer
{
    public const string ChartFileName = "chart.png";
    private const int Color = 0x3B82F6;
    private const string Blank = "\u200b";

    public static IReadOnlyList<DiscordMessage> Render(ChatMessage message)
    {
        var packer = new EmbedPacker(Color);
        packer.Title(TextChunks.Truncate(DiscordMarkdown.Escape(message.Title), EmbedLimits.Title));
        foreach (var chunk in TextChunks.Split(DescriptionOf(message), EmbedLimits.Description).Where(c => c.Length > 0))
            packer.Description(chunk);
        foreach (var field in message.Fields)
            AddField(packer, field);
        AddFooter(packer, message.Footer);

        var messages = packer.Messages.Select(embeds => new JsonObject { ["embeds"] = new JsonArray([.. embeds]) }).ToList();
        var first = messages[0];
        DiscordFile? chart = null;
        if (message.ChartPng is { Length: > 0 } png)
        {
            ((JsonObject)first["embeds"]![0]!)["image"] = new JsonObject { ["url"] = "attachment://" + ChartFileName };
            chart = new DiscordFile(ChartFileName, png);
        }

        if (Components(message.Buttons) is { } components)
            first["components"] = components;
        return [new DiscordMessage(first, chart), .. messages.Skip(1).Select(m => new DiscordMessage(m))];
    }

    /// <summary>Up to 5 rows of 5 buttons; each press comes back with the button's action as <c>custom_id</c>.</summary>
    public static JsonArray? Components(IReadOnlyList<ChatButton> buttons)
    {
        var usable = buttons.Where(b => b.Action.Length is > 0 and <= EmbedLimits.CustomId)
            .Take(EmbedLimits.ButtonsPerRow * EmbedLimits.Rows).ToList();
        if (usable.Count == 0)
            return null;
        var rows = new JsonArray();
        foreach (var row in usable.Chunk(EmbedLimits.ButtonsPerRow))
        {
            var items = row.Select(b => (JsonNode)new JsonObject
            {
                ["type"] = 2, // button
                ["style"] = 2, // secondary: a verdict is a choice, not a call to action
                ["label"] = TextChunks.Truncate(b.Label, EmbedLimits.ButtonLabel),
                ["custom_id"] = b.Action,
            });
            rows.Add(new JsonObject { ["type"] = 1, ["components"] = new JsonArray([.. items]) });
        }

        return rows;
    }

    private static string DescriptionOf(ChatMessage message)
    {
        var text = DiscordMarkdown.Escape(message.Summary.Trim());
        if (message.Links.Count > 0)
            text = (text.Length > 0 ? text + "\n\n" : "") + string.Join('\n', message.Links.Select(DiscordMarkdown.Link));
        return text;
    }

    private static void AddField(EmbedPacker packer, ChatField field)
    {
        var name = TextChunks.Truncate(DiscordMarkdown.Escape(field.Name), EmbedLimits.FieldName);
        var chunks = TextChunks.Split(DiscordMarkdown.Escape(field.Value), EmbedLimits.FieldValue);
        for (var i = 0; i < chunks.Count; i++)
        {
            packer.Field(
                i == 0 ? (name.Length > 0 ? name : Blank) : Blank,
                chunks[i].Length > 0 ? chunks[i] : Blank,
                field.Inline && chunks.Count == 1);
        }
    }

    private static void AddFooter(EmbedPacker packer, string footer)
    {
        var text = footer.Trim();
        if (text.Length == 0)
            return;
        // Footers do not render markdown, so they are not escaped; a long one (digest sections) becomes text instead.
        if (text.Length <= EmbedLimits.FooterText)
        {
            packer.Footer(text);
            return;
        }

        foreach (var chunk in TextChunks.Split(DiscordMarkdown.Escape(text), EmbedLimits.Description))
            packer.Description(chunk);
    }
}
