using System.Globalization;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace FactBot.Sources.Tests.Mastodon;

/// <summary>A Mastodon instance's hashtag timeline on loopback (WireMock), answering per <c>min_id</c>.</summary>
internal sealed class MastodonFake : IDisposable
{
    private readonly WireMockServer _server = WireMockServer.Start();

    /// <summary>The instance base URL, e.g. <c>http://localhost:53211</c>.</summary>
    public string BaseUrl => _server.Url!;

    /// <summary>Every request's path and query, in order.</summary>
    public IReadOnlyList<string> Requests =>
        [.. _server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => e.RequestMessage.Path + e.RequestMessage.RawQuery)];

    /// <summary>The <c>min_id</c> of every request (null where there was none), in order.</summary>
    public IReadOnlyList<string?> MinIds =>
        [.. _server.LogEntries.OrderBy(e => e.RequestMessage.DateTime).Select(e => MinId(e.RequestMessage.Query))];

    public static string Sample(string name) => File.ReadAllText(Support.Samples.PathOf("Mastodon", name));

    /// <summary>Answers the timeline request with <paramref name="minId"/> (null: none) with <paramref name="body"/>.</summary>
    /// <param name="newerMinId">When set, a Link header whose rel="prev" asks for statuses after this id.</param>
    public void Page(string tag, string? minId, string body, string? newerMinId = null,
        int? remaining = null, DateTimeOffset? reset = null, string? prevLink = null)
    {
        var response = Response.Create().WithStatusCode(200).WithHeader("Content-Type", "application/json").WithBody(body);
        if (newerMinId is not null || prevLink is not null)
        {
            // Mastodon carries the request's limit into its paging links.
            var prev = prevLink ?? $"{BaseUrl}/api/v1/timelines/tag/{tag}?limit=40&min_id={newerMinId}";
            response = response.WithHeader("Link", $"<{BaseUrl}/api/v1/timelines/tag/{tag}?limit=40&max_id=1>; rel=\"next\", <{prev}>; rel=\"prev\"");
        }

        if (remaining is { } left)
        {
            response = response.WithHeader("X-RateLimit-Limit", "300")
                .WithHeader("X-RateLimit-Remaining", left.ToString(CultureInfo.InvariantCulture));
        }

        if (reset is { } at)
            response = response.WithHeader("X-RateLimit-Reset", at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

        _server.Given(Timeline(tag, minId)).RespondWith(response);
    }

    /// <summary>Answers the timeline request with <paramref name="minId"/> with an HTTP error.</summary>
    public void Fail(string tag, string? minId, int status, DateTimeOffset? reset = null)
    {
        var response = Response.Create().WithStatusCode(status).WithBody("{\"error\":\"nope\"}");
        if (reset is { } at)
            response = response.WithHeader("X-RateLimit-Reset", at.ToString("O", CultureInfo.InvariantCulture));
        _server.Given(Timeline(tag, minId)).RespondWith(response);
    }

    /// <summary>Forgets every answer (the log stays), so a later poll can see a different timeline.</summary>
    public void Clear() => _server.ResetMappings();

    public void Dispose() => _server.Dispose();

    private static IRequestBuilder Timeline(string tag, string? minId) =>
        Request.Create().UsingGet().WithPath($"/api/v1/timelines/tag/{tag}")
            .WithParam(query => string.Equals(MinId(query), minId, StringComparison.Ordinal));

    private static string? MinId(IDictionary<string, WireMock.Types.WireMockList<string>>? query) =>
        query is not null && query.TryGetValue("min_id", out var values) ? values.FirstOrDefault() : null;
}
