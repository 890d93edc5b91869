using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using FactBot.Sources.Tests.Support;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace FactBot.Sources.Tests.TikTok.Support;

/// <summary>
/// The TikTok Research API on loopback (WireMock.Net): the client-credentials token endpoint and a video query
/// that pages a small in-memory dataset the way the real one does (cursor = offset, search_id, videos filtered
/// by creation day, deleted videos dropped after paging so pages come back short or empty). Scripted responses
/// (fixture files) are served first, one per request, to reproduce errors.
/// </summary>
internal sealed class FakeTikTokApi : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();
    private readonly Lock _gate = new();
    private readonly Queue<(int Status, string Body)> _scripted = new();
    private readonly Queue<(int Status, string Body)> _tokenScripted = new();
    private readonly List<FakeVideo> _videos = [];
    private readonly HashSet<string> _vanished = new(StringComparer.Ordinal);
    private readonly HashSet<string> _liveSearchIds = new(StringComparer.Ordinal);
    private readonly HashSet<string> _revokedTokens = new(StringComparer.Ordinal);
    private readonly List<RecordedQuery> _queries = [];
    private int _tokens;
    private int _searches;

    public FakeTikTokApi()
    {
        _server.Given(Request.Create().WithPath("/v2/oauth/token/").UsingPost()).RespondWith(Response.Create().WithCallback(Token));
        _server.Given(Request.Create().WithPath("/v2/research/video/query/").UsingPost()).RespondWith(Response.Create().WithCallback(Query));
    }

    public Uri Url => new(_server.Url! + "/");

    /// <summary>The token's lifetime in seconds, as <c>expires_in</c>.</summary>
    public int ExpiresIn { get; set; } = 7200;

    public List<string> TokenRequestBodies { get; } = [];

    /// <summary>Called with each video query as it arrives (a test cancels a poll mid-query from here).</summary>
    public Action<RecordedQuery>? OnQuery { get; set; }

    public IReadOnlyList<RecordedQuery> Queries
    {
        get
        {
            lock (_gate)
                return [.. _queries];
        }
    }

    /// <summary>Adds videos under a field value (hashtag, music id or keyword), created at the given times.</summary>
    public IReadOnlyList<string> AddVideos(string value, IEnumerable<DateTimeOffset> createdAt)
    {
        lock (_gate)
        {
            var added = new List<string>();
            foreach (var at in createdAt)
            {
                var id = (7_300_000_000_000_000_000UL + (ulong)_videos.Count + 1).ToString(CultureInfo.InvariantCulture);
                _videos.Add(new FakeVideo(id, value, at));
                added.Add(id);
            }

            return added;
        }
    }

    /// <summary>Videos that TikTok no longer returns (deleted or made private): dropped after paging.</summary>
    public void Vanish(IEnumerable<string> ids)
    {
        lock (_gate)
            _vanished.UnionWith(ids);
    }

    public void ExpireSearchIds()
    {
        lock (_gate)
            _liveSearchIds.Clear();
    }

    public void RevokeIssuedTokens()
    {
        lock (_gate)
        {
            for (var i = 1; i <= _tokens; i++)
                _revokedTokens.Add("clt.fake-" + i.ToString(CultureInfo.InvariantCulture));
        }
    }

    public void Script(int status, string sampleFile)
    {
        lock (_gate)
            _scripted.Enqueue((status, File.ReadAllText(Samples.PathOf("TikTokApi", sampleFile))));
    }

    public void ScriptToken(int status, string sampleFile)
    {
        lock (_gate)
            _tokenScripted.Enqueue((status, File.ReadAllText(Samples.PathOf("TikTokApi", sampleFile))));
    }

    public void Dispose() => _server.Stop();

    private ResponseMessage Token(IRequestMessage request)
    {
        lock (_gate)
        {
            TokenRequestBodies.Add(request.Body ?? "");
            if (_tokenScripted.TryDequeue(out var scripted))
                return Json(scripted.Status, scripted.Body);
            _tokens++;
            return Json(200, $$"""{"access_token":"clt.fake-{{_tokens}}","expires_in":{{ExpiresIn}},"token_type":"Bearer"}""");
        }
    }

    private ResponseMessage Query(IRequestMessage request)
    {
        lock (_gate)
        {
            var recorded = RecordedQuery.From(request);
            _queries.Add(recorded);
            OnQuery?.Invoke(recorded);
            if (_scripted.TryDequeue(out var scripted))
                return Json(scripted.Status, scripted.Body);
            if (recorded.Token is null || _revokedTokens.Contains(recorded.Token))
                return Json(401, Sample("error-access-token-invalid.json"));
            if (recorded.SearchId is { } search && !_liveSearchIds.Contains(search))
                return Json(400, Sample("error-search-id-expired.json").Replace("7354367454467855403", search, StringComparison.Ordinal));
            return Json(200, Page(recorded));
        }
    }

    private string Page(RecordedQuery query)
    {
        var matching = _videos.Where(v => query.Matches(v)).ToList();
        var page = matching.Skip(query.Cursor).Take(query.MaxCount).Where(v => !_vanished.Contains(v.Id)).ToList();
        var next = query.Cursor + query.MaxCount;
        var searchId = query.SearchId ?? "search-" + (++_searches).ToString(CultureInfo.InvariantCulture);
        _liveSearchIds.Add(searchId);
        var videos = new JsonArray([.. page.Select(v => (JsonNode)JsonNode.Parse(v.Json)!)]);
        var data = new JsonObject
        {
            ["videos"] = videos,
            ["cursor"] = next,
            ["has_more"] = next < matching.Count,
            ["search_id"] = searchId,
        };
        return new JsonObject { ["data"] = data, ["error"] = new JsonObject { ["code"] = "ok", ["message"] = "", ["log_id"] = "fake" } }
            .ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    private static string Sample(string name) => File.ReadAllText(Samples.PathOf("TikTokApi", name));

    private static ResponseMessage Json(int status, string body) => new()
    {
        StatusCode = status,
        Headers = new Dictionary<string, WireMockList<string>> { ["Content-Type"] = new("application/json; charset=utf-8") },
        BodyData = new BodyData { BodyAsString = body, DetectedBodyType = BodyType.String, Encoding = System.Text.Encoding.UTF8 },
    };
}
