using System.Net;
using System.Text;

namespace FactBot.Discord.Tests.Support;

/// <summary>Answers REST calls from a script (then 200 with the default body) and records each call with the fake time.</summary>
internal sealed class FakeHttpHandler(TimeProvider time) : HttpMessageHandler
{
    private readonly Lock _lock = new();
    private readonly Queue<Func<HttpResponseMessage>> _script = new();
    private readonly List<RecordedRequest> _requests = [];

    public string DefaultBody { get; set; } = """{"id":"900"}""";

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (_lock)
                return [.. _requests];
        }
    }

    public FakeHttpHandler Then(HttpStatusCode status, string body = "{}", params (string Name, string Value)[] headers)
    {
        lock (_lock)
        {
            _script.Enqueue(() =>
            {
                var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
                foreach (var (name, value) in headers)
                    response.Headers.TryAddWithoutValidation(name, value);
                return response;
            });
        }

        return this;
    }

    public FakeHttpHandler ThenThrow()
    {
        lock (_lock)
            _script.Enqueue(() => throw new HttpRequestException("connection refused"));
        return this;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        var headers = request.Headers.NonValidated.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Func<HttpResponseMessage>? next;
        lock (_lock)
        {
            _requests.Add(new RecordedRequest(request.Method, request.RequestUri!.AbsolutePath, body, request.Content?.Headers.ContentType?.MediaType, headers, time.GetUtcNow()));
            _script.TryDequeue(out next);
        }

        return next is not null
            ? next()
            : new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(DefaultBody, Encoding.UTF8, "application/json") };
    }
}
