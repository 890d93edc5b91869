using System.Globalization;
using System.Text;
using System.Text.Json;

namespace FactBot.Benchmarks.Import;

/// <summary>
/// Writes a TikTok Research API video-query recording (one response of 100 videos per line, as raw-response recorders
/// write it) with the fields the API returns by default: bare-number ids above 2^53, captions with hashtags, Zipf-like
/// hashtag, sound and author popularity, some counts missing (null), effects and voice-to-text on some videos.
/// Deterministic for a seed; ids rise with time, as TikTok's do.
/// </summary>
internal static class ResearchPageFile
{
    private const int PerPage = 100;
    private static readonly DateTimeOffset Start = new(2024, 3, 4, 0, 0, 0, TimeSpan.Zero);
    private static readonly string[] Regions = ["US", "GB", "DE", "FR", "RU", "UA", "PL", "IT", "ES", "BR"];
    private static readonly string[] Words =
        [.. Enumerable.Range(0, 2_000).Select(i => "w" + i.ToString("x", CultureInfo.InvariantCulture) + (i % 7 == 0 ? "ing" : ""))];

    public static void Write(string path, int videos, int seed)
    {
        var random = new Random(seed);
        using var file = new StreamWriter(path, append: false, new UTF8Encoding(false), 1 << 16);
        using var buffer = new MemoryStream();
        var spacing = TimeSpan.FromDays(14).Ticks / Math.Max(1, videos);
        for (var page = 0; page * PerPage < videos; page++)
        {
            buffer.SetLength(0);
            using (var json = new Utf8JsonWriter(buffer))
            {
                json.WriteStartObject();
                json.WriteStartObject("data");
                json.WriteStartArray("videos");
                for (var i = page * PerPage; i < Math.Min(videos, (page + 1) * PerPage); i++)
                    Video(json, random, i, Start.AddTicks(i * spacing));
                json.WriteEndArray();
                json.WriteNumber("cursor", (page + 1) * PerPage);
                json.WriteBoolean("has_more", (page + 1) * PerPage < videos);
                json.WriteString("search_id", "7301234567890123456");
                json.WriteEndObject();
                json.WriteStartObject("error");
                json.WriteString("code", "ok");
                json.WriteString("message", "");
                json.WriteString("log_id", "20240304000000ABCDEF");
                json.WriteEndObject();
                json.WriteEndObject();
            }

            file.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
        }
    }

    private static void Video(Utf8JsonWriter json, Random r, int index, DateTimeOffset at)
    {
        json.WriteStartObject();
        json.WriteNumber("id", 7_300_000_000_000_000_000UL + ((ulong)index * 7919UL));
        json.WriteNumber("create_time", at.ToUnixTimeSeconds());
        json.WriteString("username", "user_" + Skewed(r, 40_000).ToString(CultureInfo.InvariantCulture));
        json.WriteString("region_code", Regions[r.Next(Regions.Length)]);
        var tags = new List<string>();
        for (var t = 1 + r.Next(4); t > 0; t--)
        {
            var tag = "tag" + Skewed(r, 8_000).ToString(CultureInfo.InvariantCulture);
            if (!tags.Contains(tag))
                tags.Add(tag);
        }

        var caption = new StringBuilder();
        for (var w = 4 + r.Next(14); w > 0; w--)
            caption.Append(Words[r.Next(Words.Length)]).Append(' ');
        caption.AppendJoin(' ', tags.Select(tag => "#" + tag));
        json.WriteString("video_description", caption.ToString());
        json.WriteNumber("music_id", 6_900_000_000_000_000_000UL + (ulong)Skewed(r, 3_000));
        json.WriteStartArray("hashtag_names");
        tags.ForEach(json.WriteStringValue);
        json.WriteEndArray();
        Count(json, r, "like_count", 5_000);
        Count(json, r, "comment_count", 200);
        Count(json, r, "share_count", 300);
        Count(json, r, "view_count", 100_000);
        json.WriteStartArray("effect_ids");
        json.WriteStringValue(r.NextDouble() < 0.2 ? (1_000_000 + r.Next(500)).ToString(CultureInfo.InvariantCulture) : "0");
        json.WriteEndArray();
        json.WriteNumber("playlist_id", 0);
        json.WriteBoolean("is_stem_verified", r.NextDouble() < 0.1);
        json.WriteNumber("video_duration", 5 + r.Next(170));
        if (r.NextDouble() < 0.3)
            json.WriteString("voice_to_text", string.Join(' ', Enumerable.Range(0, 8 + r.Next(20)).Select(_ => Words[r.Next(Words.Length)])));
        json.WriteEndObject();
    }

    // Most values drawn are small: u² skews towards the popular few, as hashtags, sounds and authors are.
    private static int Skewed(Random r, int n) => (int)(n * r.NextDouble() * r.NextDouble());

    private static void Count(Utf8JsonWriter json, Random r, string name, int scale)
    {
        if (r.NextDouble() < 0.05)
            json.WriteNull(name);
        else
            json.WriteNumber(name, (long)(scale * r.NextDouble() * r.NextDouble()));
    }
}
