using System.Text;
using System.Text.Json;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Sources.Import;

namespace FactBot.Sources.Demo;

/// <summary>Renders the demo files as bytes: UTF-8 without BOM, '\n' line endings, so they regenerate identically.</summary>
internal static class DemoFileWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] PostsJsonl(IEnumerable<Post> posts)
    {
        var builder = new StringBuilder();
        foreach (var post in posts)
            builder.Append(PostJsonl.Serialize(post)).Append('\n');
        return Utf8.GetBytes(builder.ToString());
    }

    public static byte[] PostsGzip(IEnumerable<Post> posts) => DeterministicGzip.Compress(PostsJsonl(posts));

    public static byte[] LabelsCsv(DemoScenario scenario)
    {
        var builder = new StringBuilder("platform,handle,category,country,source,evidence_url\n");
        foreach (var account in scenario.LabelledAccounts)
        {
            builder.Append(scenario.Platform).Append(',')
                .Append(account.Handle).Append(',')
                .Append(LabelCategory.StateControlled.ToDisplay()).Append(',')
                .Append(scenario.LabelCountry).Append(',')
                .Append(scenario.LabelSource).Append(',')
                .Append(account.EvidenceUrl).Append('\n');
        }

        return Utf8.GetBytes(builder.ToString());
    }

    public static byte[] WatchlistsJson(DemoScenario scenario)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("watchlists");
            foreach (var watchlist in scenario.Watchlists)
            {
                writer.WriteStartObject();
                writer.WriteString("name", watchlist.Name);
                writer.WriteStartArray("targets");
                foreach (var target in watchlist.Targets)
                    writer.WriteStringValue(target);
                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        stream.WriteByte((byte)'\n');
        return stream.ToArray();
    }
}
