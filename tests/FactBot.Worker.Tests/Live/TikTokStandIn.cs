using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Worker.Tests.Support;

namespace FactBot.Worker.Tests.Live;

/// <summary>
/// The TikTok Research API on 127.0.0.1 (HttpListener), as the worker polls it: the client-credentials token and the
/// video query, paged by cursor, answering the videos created on the query's days whose hashtag is among the query's
/// values. Like the real API it is <see cref="Lag"/> behind: videos younger than that are not served yet.
/// </summary>
internal sealed class TikTokStandIn : IDisposable
{
    private readonly List<Video> _videos = [];
    private readonly LoopbackListener _listener;
    private int _queries;

    public TikTokStandIn() => _listener = new LoopbackListener(AnswerAsync);

    public string BaseUrl => _listener.BaseUrl;

    public TimeSpan Lag { get; init; } = TimeSpan.FromDays(2);

    /// <summary>How long the first answer (the token) waits, so another source's first poll can come in first.</summary>
    public TimeSpan FirstAnswerDelay { get; init; }

    private int _answers;

    /// <summary>Video queries answered so far.</summary>
    public int Queries => Volatile.Read(ref _queries);

    /// <summary>Adds videos on a hashtag; by default each by its own account, with no sound, captioned by its id.</summary>
    public void Add(string hashtag, IEnumerable<DateTimeOffset> createdAt, Func<int, string>? author = null, string? musicId = null, string? caption = null)
    {
        lock (_videos)
        {
            var i = 0;
            foreach (var at in createdAt)
            {
                var id = (7_300_000_000_000_000_000UL + (ulong)_videos.Count).ToString(CultureInfo.InvariantCulture);
                _videos.Add(new Video(id, hashtag, at, author?.Invoke(i) ?? "user_" + id[^5..], musicId, caption ?? $"clip {id[^5..]} #{hashtag}"));
                i++;
            }
        }
    }

    public void Dispose() => _listener.Dispose();

    private async Task AnswerAsync(HttpListenerContext context)
    {
        if (Interlocked.Increment(ref _answers) == 1)
            await Task.Delay(FirstAnswerDelay);
        using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var path = context.Request.Url!.AbsolutePath;
        var json = path.EndsWith("/oauth/token/", StringComparison.Ordinal)
            ? """{"access_token":"clt.stand-in","expires_in":7200,"token_type":"Bearer"}"""
            : Page(body);
        var bytes = Encoding.UTF8.GetBytes(json);
        context.Response.ContentType = "application/json; charset=utf-8";
        context.Response.ContentLength64 = bytes.Length;
        await context.Response.OutputStream.WriteAsync(bytes);
        context.Response.Close();
    }

    private string Page(string body)
    {
        Interlocked.Increment(ref _queries);
        var root = JsonNode.Parse(body)!;
        var start = Day(root["start_date"]!.GetValue<string>());
        var end = Day(root["end_date"]!.GetValue<string>()).AddDays(1);
        var cursor = root["cursor"]!.GetValue<int>();
        var max = root["max_count"]!.GetValue<int>();
        var query = root["query"]!.ToJsonString();
        var newest = TimeProvider.System.GetUtcNow() - Lag;
        List<Video> matching;
        lock (_videos)
        {
            matching = [.. _videos.Where(v => v.CreatedAt >= start && v.CreatedAt < end && v.CreatedAt <= newest
                && query.Contains($"\"{v.Hashtag}\"", StringComparison.Ordinal))];
        }

        var page = matching.Skip(cursor).Take(max).Select(v => (JsonNode)new JsonObject
        {
            ["id"] = JsonValue.Create(ulong.Parse(v.Id, CultureInfo.InvariantCulture)),
            ["create_time"] = v.CreatedAt.ToUnixTimeSeconds(),
            ["username"] = v.Author,
            ["region_code"] = "UA",
            ["video_description"] = v.Caption,
            ["music_id"] = v.MusicId is null ? null : JsonValue.Create(ulong.Parse(v.MusicId, CultureInfo.InvariantCulture)),
            ["hashtag_names"] = new JsonArray(v.Hashtag),
        });
        var data = new JsonObject
        {
            ["videos"] = new JsonArray([.. page]),
            ["cursor"] = cursor + max,
            ["has_more"] = cursor + max < matching.Count,
            ["search_id"] = "stand-in-search",
        };
        return new JsonObject { ["data"] = data, ["error"] = new JsonObject { ["code"] = "ok", ["message"] = "", ["log_id"] = "stand-in" } }
            .ToJsonString(JsonSerializerOptions.Default);
    }

    private sealed record Video(string Id, string Hashtag, DateTimeOffset CreatedAt, string Author, string? MusicId, string Caption);

    private static DateTimeOffset Day(string text) =>
        new(DateTime.ParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture), TimeSpan.Zero);
}
