using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace FactBot.Telegram.Tests.EndToEnd;

/// <summary>
/// The user's side of the emulator for one bot token: send commands, press buttons, push raw updates (membership,
/// channel posts), inject 429/403, and read what the bot sent. The emulator keeps the bot's requests as sent, so
/// assertions see exactly the HTML, captions and keyboards FactBot produced.
/// </summary>
public sealed class PeerClient(HttpClient http, string baseUrl, string token)
{
    public static readonly TimeSpan DefaultWait = TimeSpan.FromSeconds(20);

    public string Token => token;

    public async Task SendCommandAsync(long chatId, long userId, string text, string chatType = "supergroup")
    {
        var command = text.Split(' ')[0];
        await PostAsync("/sendCommand", new JsonObject
        {
            ["botToken"] = token,
            ["from"] = User(userId),
            ["chat"] = Chat(chatId, chatType),
            ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
            ["text"] = text,
            ["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = command.Length, ["type"] = "bot_command" }),
        });
    }

    /// <summary>Presses an inline button of a message the bot sent (as returned by <see cref="BotMessagesAsync"/>).</summary>
    public async Task PressAsync(JsonObject botMessage, long userId, string data, string chatType = "supergroup")
    {
        var sent = botMessage["message"]!;
        await PostAsync("/sendCallback", new JsonObject
        {
            ["botToken"] = token,
            ["from"] = User(userId),
            ["data"] = data,
            ["message"] = new JsonObject
            {
                ["message_id"] = botMessage["messageId"]!.GetValue<int>(),
                ["date"] = TimeProvider.System.GetUtcNow().ToUnixTimeSeconds(),
                ["chat"] = Chat(long.Parse(sent["chat_id"]!.ToString(), System.Globalization.CultureInfo.InvariantCulture), chatType),
                ["text"] = sent["text"]?.GetValue<string>() ?? "",
            },
        });
    }

    public Task PushUpdateAsync(JsonObject update) => PostAsync("/test/update", new JsonObject { ["token"] = token, ["update"] = update });

    /// <summary>Every send fails with this 5xx until called again with 0.</summary>
    public Task OutageAsync(int status) => PostAsync("/test/outage", new JsonObject { ["status"] = status });

    /// <summary>Sends to <paramref name="chatId"/> answer as a group upgraded to supergroup <paramref name="to"/>.</summary>
    public Task MigrateAsync(long chatId, long to) => PostAsync("/test/migrate", new JsonObject { ["chat_id"] = chatId, ["to"] = to });

    /// <summary>Texts and captions longer than this are refused as too long (0: no limit).</summary>
    public Task MaxLengthAsync(int length) => PostAsync("/test/maxlength", new JsonObject { ["length"] = length });

    public Task FloodAsync(int retryAfterSeconds) => PostAsync("/test/flood", new JsonObject { ["retry_after"] = retryAfterSeconds });

    public Task ForbidAsync(long chatId) => PostAsync("/test/forbid", new JsonObject { ["chat_id"] = chatId });

    public Task AllowAsync(long chatId) => PostAsync("/test/allow", new JsonObject { ["chat_id"] = chatId });

    /// <summary>Everything the bot sent to a chat, oldest first (non-destructive).</summary>
    public async Task<List<JsonObject>> BotMessagesAsync(long chatId)
    {
        using var response = await http.PostAsJsonAsync($"{baseUrl}/getUpdatesHistory", new JsonObject { ["token"] = token });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return [.. body!["result"]!.AsArray().OfType<JsonObject>()
            .Where(item => item["message"]?["chat_id"] is { } id && id.ToString() == chatId.ToString(System.Globalization.CultureInfo.InvariantCulture))];
    }

    /// <summary>Waits until the bot has sent a message to the chat that matches; fails with what it did send.</summary>
    public async Task<JsonObject> WaitForBotMessageAsync(long chatId, Func<JsonObject, bool> match, TimeSpan? wait = null)
    {
        var deadline = TimeProvider.System.GetUtcNow() + (wait ?? DefaultWait);
        List<JsonObject> seen;
        do
        {
            seen = await BotMessagesAsync(chatId);
            if (seen.FirstOrDefault(match) is { } found)
                return found;
            await Task.Delay(100);
        }
        while (TimeProvider.System.GetUtcNow() < deadline);

        throw new Xunit.Sdk.XunitException($"No matching bot message in chat {chatId}. Sent: {string.Join("\n", seen.Select(m => m.ToJsonString()))}");
    }

    /// <summary>Calls the shim recorded (setMyCommands, sendPhoto, 429s, answerCallbackQuery, …).</summary>
    public async Task<List<JsonObject>> CallsAsync()
    {
        var calls = await http.GetFromJsonAsync<JsonArray>($"{baseUrl}/test/calls");
        return [.. calls!.OfType<JsonObject>()];
    }

    public static string TextOf(JsonObject botMessage) =>
        botMessage["message"]?["text"]?.GetValue<string>() ?? botMessage["message"]?["caption"]?.GetValue<string>() ?? "";

    private static JsonObject User(long id) => new() { ["id"] = id, ["is_bot"] = false, ["first_name"] = $"User{id}", ["username"] = $"user{id}" };

    private static JsonObject Chat(long id, string type) => type == "private"
        ? new JsonObject { ["id"] = id, ["type"] = type, ["first_name"] = $"User{id}" }
        : new JsonObject { ["id"] = id, ["type"] = type, ["title"] = $"Checkers {id}" };

    private async Task PostAsync(string path, JsonObject body)
    {
        using var response = await http.PostAsJsonAsync(baseUrl + path, body);
        response.EnsureSuccessStatusCode();
    }
}
