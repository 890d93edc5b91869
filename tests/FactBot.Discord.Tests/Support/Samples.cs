using System.Text.Json;

namespace FactBot.Discord.Tests.Support;

/// <summary>Hand-written payloads in Samples/, shaped after the Discord docs' examples (ids and tokens made up).</summary>
internal static class Samples
{
    public static JsonElement Json(string name)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", name)));
        return document.RootElement.Clone();
    }
}
