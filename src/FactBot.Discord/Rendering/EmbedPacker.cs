using System.Text.Json.Nodes;

namespace FactBot.Discord.Rendering;

/// <summary>
/// Fills embeds and messages in order without breaking a limit: a new embed when the current one is full (25
/// fields, or a description after fields), a new message past 10 embeds or 6000 characters. Nothing is dropped.
/// </summary>
internal sealed class EmbedPacker(int color)
{
    private readonly List<List<JsonObject>> _messages = [[]];
    private JsonObject? _embed;
    private int _messageChars;
    private int _fields;

    public IReadOnlyList<IReadOnlyList<JsonObject>> Messages => _messages.Where(m => m.Count > 0).ToList();

    public void Title(string title)
    {
        NewEmbed(title.Length);
        _embed!["title"] = title;
        _messageChars += title.Length;
    }

    public void Description(string text)
    {
        if (_embed is null || _embed.ContainsKey("description") || _fields > 0 || _messageChars + text.Length > EmbedLimits.MessageTotal)
            NewEmbed(text.Length);
        _embed!["description"] = text;
        _messageChars += text.Length;
    }

    public void Field(string name, string value, bool inline)
    {
        var size = name.Length + value.Length;
        if (_embed is null || _fields >= EmbedLimits.Fields || _messageChars + size > EmbedLimits.MessageTotal)
            NewEmbed(size);
        var fields = _embed!["fields"] as JsonArray ?? [];
        fields.Add(new JsonObject { ["name"] = name, ["value"] = value, ["inline"] = inline });
        _embed["fields"] = fields;
        _fields++;
        _messageChars += size;
    }

    public void Footer(string text)
    {
        if (_embed is null || _messageChars + text.Length > EmbedLimits.MessageTotal)
            NewEmbed(text.Length);
        _embed!["footer"] = new JsonObject { ["text"] = text };
        _messageChars += text.Length;
    }

    private void NewEmbed(int size)
    {
        var message = _messages[^1];
        if (message.Count >= EmbedLimits.EmbedsPerMessage || _messageChars + size > EmbedLimits.MessageTotal)
        {
            message = [];
            _messages.Add(message);
            _messageChars = 0;
        }

        _embed = new JsonObject { ["color"] = color };
        _fields = 0;
        message.Add(_embed);
    }
}
