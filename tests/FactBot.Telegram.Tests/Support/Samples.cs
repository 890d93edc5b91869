using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FactBot.Telegram.Tests.Support;

/// <summary>Our recorded update payloads (Samples/*.json, written from the Bot API reference), parsed the way
/// Telegram.Bot parses getUpdates.</summary>
public static class Samples
{
    public static Update Update(string name)
    {
        var json = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name + ".json"));
        return JsonSerializer.Deserialize<Update>(json, JsonBotAPI.Options)
            ?? throw new InvalidOperationException($"Sample {name} is empty");
    }
}
