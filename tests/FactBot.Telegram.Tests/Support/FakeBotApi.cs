using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Telegram.Bot;

namespace FactBot.Telegram.Tests.Support;

/// <summary>
/// The Bot API as an in-process HTTP handler for unit tests: records every call (method and parameters, JSON or
/// multipart) and answers from per-method scripts, defaulting to a plausible success. Telegram.Bot runs on top of it
/// unchanged, so its serialisation and exceptions are the real ones.
/// </summary>
public sealed class FakeBotApi : HttpMessageHandler
{
    private readonly Dictionary<string, Queue<Func<JsonObject, HttpResponseMessage>>> _scripts = new(StringComparer.Ordinal);
    private readonly List<(string Method, JsonObject Parameters)> _calls = [];
    private readonly Lock _lock = new();
    private int _nextMessageId = 100;

    public IReadOnlyList<(string Method, JsonObject Parameters)> Calls
    {
        get
        {
            lock (_lock)
                return [.. _calls];
        }
    }

    public IEnumerable<JsonObject> CallsTo(string method) => Calls.Where(c => c.Method == method).Select(c => c.Parameters);

    public ITelegramBotClient Client(string token = "1234:TEST") =>
        new TelegramBotClient(new TelegramBotClientOptions(token, "http://bot-api.test") { RetryThreshold = 0 }, new HttpClient(this));

    /// <summary>The next call of <paramref name="method"/> is answered by <paramref name="answer"/>.</summary>
    public FakeBotApi Then(string method, Func<JsonObject, HttpResponseMessage> answer)
    {
        lock (_lock)
        {
            if (!_scripts.TryGetValue(method, out var queue))
                _scripts[method] = queue = new Queue<Func<JsonObject, HttpResponseMessage>>();
            queue.Enqueue(answer);
        }

        return this;
    }

    public FakeBotApi ThenFail(string method, int code, string description, int? retryAfter = null) =>
        Then(method, _ => Fail(code, description, retryAfter));

    public static HttpResponseMessage Ok(JsonNode? result) => Json(HttpStatusCode.OK, new JsonObject { ["ok"] = true, ["result"] = result });

    public static HttpResponseMessage Fail(int code, string description, int? retryAfter = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = code, ["description"] = description };
        if (retryAfter is { } seconds)
            body["parameters"] = new JsonObject { ["retry_after"] = seconds };
        return Json((HttpStatusCode)code, body);
    }

    public JsonObject Message(JsonObject parameters) => new()
    {
        ["message_id"] = Interlocked.Increment(ref _nextMessageId),
        ["date"] = 1767225600,
        ["chat"] = new JsonObject { ["id"] = long.TryParse(parameters["chat_id"]?.ToString(), out var chat) ? chat : 1, ["type"] = "supergroup", ["title"] = "Chat" },
        ["text"] = parameters["text"]?.DeepClone(),
    };

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var method = request.RequestUri!.Segments[^1];
        var parameters = await ReadAsync(request.Content, cancellationToken);
        Func<JsonObject, HttpResponseMessage>? answer = null;
        lock (_lock)
        {
            _calls.Add((method, parameters));
            if (_scripts.TryGetValue(method, out var queue) && queue.Count > 0)
                answer = queue.Dequeue();
        }

        return answer is not null ? answer(parameters) : Default(method, parameters);
    }

    private HttpResponseMessage Default(string method, JsonObject parameters) => method switch
    {
        "sendMessage" or "editMessageText" or "editMessageCaption" => Ok(Message(parameters)),
        "sendPhoto" => Ok(WithPhoto(Message(parameters))),
        "getMe" => Ok(new JsonObject { ["id"] = 666, ["is_bot"] = true, ["first_name"] = "FactBot", ["username"] = "FactCheckBot" }),
        "getUpdates" => Ok(new JsonArray()),
        "getMyCommands" => Ok(new JsonArray()),
        "getChatMember" => Ok(new JsonObject { ["status"] = "member", ["user"] = new JsonObject { ["id"] = 1, ["is_bot"] = false, ["first_name"] = "U" } }),
        _ => Ok(true),
    };

    private static JsonObject WithPhoto(JsonObject message)
    {
        message["photo"] = new JsonArray(new JsonObject { ["file_id"] = "p", ["file_unique_id"] = "u", ["width"] = 1, ["height"] = 1 });
        return message;
    }

    private static async Task<JsonObject> ReadAsync(HttpContent? content, CancellationToken ct)
    {
        switch (content)
        {
            case null:
                return [];
            case MultipartFormDataContent multipart:
                var form = new JsonObject();
                foreach (var part in multipart)
                {
                    var name = part.Headers.ContentDisposition?.Name?.Trim('"') ?? "";
                    form[name] = part.Headers.ContentDisposition?.FileName is { } file
                        ? $"file:{file.Trim('"')}:{(await part.ReadAsByteArrayAsync(ct)).Length}"
                        : await part.ReadAsStringAsync(ct);
                }

                return form;
            default:
                var text = await content.ReadAsStringAsync(ct);
                return text.Length == 0 ? [] : JsonNode.Parse(text)!.AsObject();
        }
    }

    private static HttpResponseMessage Json(HttpStatusCode status, JsonObject body) =>
        new(status) { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json") };
}
