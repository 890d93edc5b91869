using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>
/// An in-process Discord on 127.0.0.1: the REST routes FactBot uses and a WebSocket gateway. It records every call,
/// honours nonce + enforce_nonce, and can answer 429 or 403 on demand. Nothing leaves the machine.
/// </summary>
internal sealed class FakeDiscord : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<FakeDiscordCall> _calls = new();
    private readonly ConcurrentDictionary<string, string> _nonces = new();
    private int _messageIds = 900;

    private FakeDiscord(WebApplication app) => _app = app;

    public FakeDiscordGateway Gateway { get; } = new();

    public string ApiBaseUrl { get; private set; } = "";

    public IReadOnlyList<FakeDiscordCall> Calls => [.. _calls];

    /// <summary>Channels that answer 403 Missing Access.</summary>
    public ConcurrentDictionary<string, bool> ForbiddenChannels { get; } = new();

    /// <summary>The next channel posts answer 429 with this retry_after (seconds).</summary>
    public ConcurrentQueue<double> RateLimitNextPosts { get; } = new();

    public int RateLimited { get; private set; }

    /// <summary>While set, every channel post answers this 5xx (an outage).</summary>
    public int? OutageStatus { get; set; }

    /// <summary>The next accepted post loses its answer (502 after posting), as when a response is lost on the way back.</summary>
    public bool LoseNextAnswer { get; set; }

    public IEnumerable<FakeDiscordCall> CallsTo(string method, string pathPrefix) =>
        Calls.Where(c => c.Method == method && c.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    public static async Task<FakeDiscord> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var fake = new FakeDiscord(app);
        fake.Map(app);
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake.ApiBaseUrl = address + "/api/v10";
        fake.Gateway.ResumeUrl = address.Replace("http://", "ws://", StringComparison.Ordinal) + "/resume";
        return fake;
    }

    private void Map(WebApplication app)
    {
        app.UseWebSockets();
        app.Map("/gateway", Gateway.RunAsync);
        app.Map("/resume", Gateway.RunAsync);
        app.MapGet("/api/v10/gateway/bot", (HttpContext c) => Results.Json(new
        {
            url = $"ws://{c.Request.Host}/gateway",
            shards = 1,
            session_start_limit = new { total = 1000, remaining = 999, reset_after = 14_400_000, max_concurrency = 1 },
        }));
        app.MapPost("/api/v10/channels/{channel}/messages", PostMessageAsync);
        app.MapMethods("/api/v10/{**rest}", ["GET", "POST", "PUT", "PATCH", "DELETE"], async (HttpContext c) =>
        {
            var call = await RecordAsync(c);
            return call.Path.Contains("/callback", StringComparison.Ordinal) || c.Request.Method == "DELETE"
                ? Results.NoContent()
                : Results.Json(call.Json is JsonArray ? call.Json : new JsonObject { ["id"] = NextId() });
        });
    }

    private async Task<IResult> PostMessageAsync(HttpContext c, string channel)
    {
        if (OutageStatus is { } status)
            return Results.Json(new { message = "upstream connect error", code = 0 }, statusCode: status);
        if (ForbiddenChannels.ContainsKey(channel))
            return Results.Json(new { message = "Missing Access", code = 50001 }, statusCode: 403);
        if (RateLimitNextPosts.TryDequeue(out var retryAfter))
        {
            RateLimited++;
            c.Response.Headers["Retry-After"] = Math.Ceiling(retryAfter).ToString(System.Globalization.CultureInfo.InvariantCulture);
            c.Response.Headers["X-RateLimit-Scope"] = "user";
            return Results.Json(new { message = "You are being rate limited.", retry_after = retryAfter, global = false }, statusCode: 429);
        }

        var call = await RecordAsync(c, store: false);
        // enforce_nonce: a repeated nonce returns the first message instead of posting again.
        if (call.Json?["enforce_nonce"]?.GetValue<bool>() == true && (string?)call.Json["nonce"] is { } nonce)
        {
            if (_nonces.TryGetValue(nonce, out var existing))
                return Results.Json(new { id = existing, channel_id = channel });
            var id = _nonces.GetOrAdd(nonce, _ => NextId());
            _calls.Enqueue(call);
            if (LoseNextAnswer)
            {
                LoseNextAnswer = false;
                return Results.Json(new { message = "Bad Gateway", code = 0 }, statusCode: 502);
            }

            return Results.Json(new { id, channel_id = channel });
        }

        _calls.Enqueue(call);
        return Results.Json(new { id = NextId(), channel_id = channel });
    }

    private async Task<FakeDiscordCall> RecordAsync(HttpContext c, bool store = true)
    {
        JsonNode? json = null;
        var files = new List<string>();
        if (c.Request.HasFormContentType)
        {
            var form = await c.Request.ReadFormAsync();
            json = JsonNode.Parse(form["payload_json"].ToString());
            files.AddRange(form.Files.Select(f => $"{f.Name}:{f.FileName}"));
        }
        else if (c.Request.ContentLength is > 0 || c.Request.ContentType is not null)
        {
            using var reader = new StreamReader(c.Request.Body);
            var text = await reader.ReadToEndAsync();
            json = text.Length == 0 ? null : JsonNode.Parse(text);
        }

        var call = new FakeDiscordCall(c.Request.Method, c.Request.Path.ToString()["/api/v10".Length..], json, files);
        if (store)
            _calls.Enqueue(call);
        return call;
    }

    private string NextId() => Interlocked.Increment(ref _messageIds).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Gateway.Dispose();
    }
}
