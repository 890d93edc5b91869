using System.Globalization;
using System.Text.Json;

namespace FactBot.Worker.Tests.Support;

/// <summary>A Mastodon status as an instance's hashtag timeline lists it (the fields FactBot reads), for stand-ins.</summary>
internal static class MastodonStatus
{
    public static string Json(int id, string author, DateTimeOffset at, string content, string hashtag, string host) =>
        JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["id"] = id.ToString(CultureInfo.InvariantCulture),
            ["uri"] = $"https://{host}/users/{author}/statuses/{id}",
            ["url"] = $"https://{host}/@{author}/{id}",
            ["created_at"] = at.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture),
            ["content"] = $"<p>{content}</p>",
            ["account"] = new Dictionary<string, string> { ["acct"] = author, ["display_name"] = author },
            ["tags"] = new[] { new Dictionary<string, string> { ["name"] = hashtag } },
        });
}
