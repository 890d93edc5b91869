using System.Text;

namespace FactBot.Worker.Tests.Support;

/// <summary>Canonical JSONL posts for file tests: numbered, valid, on #donbas.</summary>
internal static class PostLines
{
    public static string Of(int from, int count)
    {
        var text = new StringBuilder();
        for (var i = from; i < from + count; i++)
        {
            text.Append($$"""{"platform":"tiktok","source":"test","key":"tiktok:{{7000 + i}}","platformPostId":"{{7000 + i}}","authorKey":"u{{i}}","authorHandle":"u{{i}}","createdAt":"2024-01-01T00:{{i % 60:00}}:00Z","text":"post {{i}}","hashtags":["donbas"]}""");
            text.Append('\n');
        }

        return text.ToString();
    }
}
