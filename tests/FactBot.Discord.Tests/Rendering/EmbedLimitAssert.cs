using System.Text.Json.Nodes;
using FactBot.Discord.Rendering;

namespace FactBot.Discord.Tests.Rendering;

/// <summary>Checks one rendered message body against every Discord embed limit.</summary>
internal static class EmbedLimitAssert
{
    public static void WithinLimits(JsonObject body)
    {
        var embeds = body["embeds"]!.AsArray();
        Assert.InRange(embeds.Count, 1, EmbedLimits.EmbedsPerMessage);
        var total = 0;
        foreach (var embed in embeds.Select(e => e!.AsObject()))
        {
            var title = (string?)embed["title"] ?? "";
            var description = (string?)embed["description"] ?? "";
            var footer = (string?)embed["footer"]?["text"] ?? "";
            Assert.InRange(title.Length, 0, EmbedLimits.Title);
            Assert.InRange(description.Length, 0, EmbedLimits.Description);
            Assert.InRange(footer.Length, 0, EmbedLimits.FooterText);
            total += title.Length + description.Length + footer.Length;
            var fields = embed["fields"]?.AsArray() ?? [];
            Assert.InRange(fields.Count, 0, EmbedLimits.Fields);
            foreach (var field in fields)
            {
                var name = (string)field!["name"]!;
                var value = (string)field["value"]!;
                Assert.InRange(name.Length, 1, EmbedLimits.FieldName);
                Assert.InRange(value.Length, 1, EmbedLimits.FieldValue);
                total += name.Length + value.Length;
            }
        }

        Assert.InRange(total, 1, EmbedLimits.MessageTotal);
    }

    public static IEnumerable<JsonObject> Embeds(IEnumerable<DiscordMessage> messages) =>
        messages.SelectMany(m => m.Body["embeds"]!.AsArray().Select(e => e!.AsObject()));
}
