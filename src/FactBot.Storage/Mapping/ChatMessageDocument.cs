using FactBot.Core.Messages;
using LiteDB;

namespace FactBot.Storage.Mapping;

internal static class ChatMessageDocument
{
    public static BsonDocument ToDocument(ChatMessage message) => new BsonDocument
        {
            [nameof(ChatMessage.Title)] = message.Title,
            [nameof(ChatMessage.Summary)] = message.Summary,
            [nameof(ChatMessage.Fields)] = new BsonArray(message.Fields.Select(field => new BsonDocument
            {
                [nameof(ChatField.Name)] = field.Name,
                [nameof(ChatField.Value)] = field.Value,
                [nameof(ChatField.Inline)] = field.Inline,
            })),
            [nameof(ChatMessage.Links)] = BsonConvert.Strings(message.Links),
            [nameof(ChatMessage.Buttons)] = new BsonArray(message.Buttons.Select(button => new BsonDocument
            {
                [nameof(ChatButton.Label)] = button.Label,
                [nameof(ChatButton.Action)] = button.Action,
            })),
            [nameof(ChatMessage.Footer)] = message.Footer,
        }
        .Set(nameof(ChatMessage.ChartPng), message.ChartPng);

    public static ChatMessage ToMessage(BsonDocument doc) => new()
    {
        Title = doc[nameof(ChatMessage.Title)].AsString,
        Summary = doc[nameof(ChatMessage.Summary)].AsString,
        Fields = doc[nameof(ChatMessage.Fields)].AsArray
            .Select(f => new ChatField(
                f[nameof(ChatField.Name)].AsString,
                f[nameof(ChatField.Value)].AsString,
                f[nameof(ChatField.Inline)].AsBoolean))
            .ToArray(),
        Links = BsonConvert.ToStrings(doc[nameof(ChatMessage.Links)]),
        ChartPng = doc[nameof(ChatMessage.ChartPng)] is { IsBinary: true } png ? png.AsBinary : null,
        Buttons = doc[nameof(ChatMessage.Buttons)].AsArray
            .Select(b => new ChatButton(b[nameof(ChatButton.Label)].AsString, b[nameof(ChatButton.Action)].AsString))
            .ToArray(),
        Footer = doc[nameof(ChatMessage.Footer)].AsString,
    };
}
