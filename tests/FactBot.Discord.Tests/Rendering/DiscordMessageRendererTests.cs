using FactBot.Core.Messages;
using FactBot.Discord.Rendering;

namespace FactBot.Discord.Tests.Rendering;

public sealed class DiscordMessageRendererTests
{
    private static ChatMessage Alert() => new()
    {
        Title = "Volume surge on #donbas · A-7K2F",
        Summary = "Posts ×3.4 vs usual for this hour.",
        Fields = [new ChatField("Posts", "42"), new ChatField("Accounts", "a, b, c", Inline: false)],
        Links = ["https://www.tiktok.com/@someone/video/7300000000000000001"],
        ChartPng = [0x89, 0x50, 0x4E, 0x47],
        Buttons = [new ChatButton("organic", "verdict:A-7K2F:organic"), new ChatButton("coordinated", "verdict:A-7K2F:coordinated")],
        Footer = "Watchlist main · /explain A-7K2F for all the evidence",
    };

    [Fact]
    public void Render_Alert_OneEmbedWithFieldsChartImageAndButtons()
    {
        var parts = DiscordMessageRenderer.Render(Alert());

        var part = Assert.Single(parts);
        var embed = part.Body["embeds"]![0]!;
        Assert.Equal("Volume surge on #donbas · A-7K2F", (string?)embed["title"]);
        Assert.Contains("https://www.tiktok.com/@someone/video/7300000000000000001", (string?)embed["description"], StringComparison.Ordinal);
        Assert.Equal(2, embed["fields"]!.AsArray().Count);
        Assert.Equal("attachment://chart.png", (string?)embed["image"]!["url"]);
        Assert.Equal("Watchlist main · /explain A-7K2F for all the evidence", (string?)embed["footer"]!["text"]);
        Assert.Equal("chart.png", part.File!.FileName);
        var buttons = part.Body["components"]![0]!["components"]!.AsArray();
        Assert.Equal(["verdict:A-7K2F:organic", "verdict:A-7K2F:coordinated"], buttons.Select(b => (string)b!["custom_id"]!));
        EmbedLimitAssert.WithinLimits(part.Body);
    }

    [Fact]
    public void Render_LongSummary_SplitsAcrossEmbedsAndMessagesWithoutLosingText()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i}"));

        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = "Digest", Summary = words });

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
            EmbedLimitAssert.WithinLimits(part.Body);
        var rebuilt = string.Join(' ', EmbedLimitAssert.Embeds(parts).Select(e => (string?)e["description"]).Where(d => d is not null));
        Assert.Equal(words, rebuilt);
    }

    [Fact]
    public void Render_SixtyFields_KeepsEveryFieldAtMost25PerEmbed()
    {
        var fields = Enumerable.Range(0, 60).Select(i => new ChatField($"f{i}", new string('x', 200))).ToList();

        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = "Many", Fields = fields });

        foreach (var part in parts)
            EmbedLimitAssert.WithinLimits(part.Body);
        var names = EmbedLimitAssert.Embeds(parts).SelectMany(e => e["fields"]?.AsArray() ?? []).Select(f => (string)f!["name"]!).ToList();
        Assert.Equal(fields.Select(f => f.Name), names);
    }

    [Fact]
    public void Render_FieldLongerThan1024_ContinuesInFurtherFields()
    {
        var value = string.Join('\n', Enumerable.Range(0, 300).Select(i => $"line {i}"));

        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = "Long", Fields = [new ChatField("Accounts", value)] });

        var fields = EmbedLimitAssert.Embeds(parts).SelectMany(e => e["fields"]!.AsArray()).ToList();
        Assert.True(fields.Count > 1);
        Assert.All(fields, f => Assert.InRange(((string)f!["value"]!).Length, 1, 1024));
        Assert.Equal(value, string.Join('\n', fields.Select(f => (string)f!["value"]!)));
    }

    [Fact]
    public void Render_TitleLongerThan256_IsCutWithAnEllipsis()
    {
        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = new string('t', 400) });

        var title = (string)parts[0].Body["embeds"]![0]!["title"]!;
        Assert.Equal(256, title.Length);
        Assert.EndsWith("…", title, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_CaptionWithMarkdownAndMaskedLink_IsShownAsTyped()
    {
        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = "x", Summary = "**free** [click](https://evil.example) `code`" });

        Assert.Equal("\\*\\*free\\*\\* \\[click\\](https://evil.example) \\`code\\`", (string?)parts[0].Body["embeds"]![0]!["description"]);
    }

    [Fact]
    public void Render_LongFooter_BecomesTextInsteadOfBeingCut()
    {
        var footer = string.Join('\n', Enumerable.Range(0, 400).Select(i => $"section line {i}"));

        var parts = DiscordMessageRenderer.Render(new ChatMessage { Title = "Digest", Footer = footer });

        var text = string.Join('\n', EmbedLimitAssert.Embeds(parts).Select(e => (string?)e["description"]).Where(d => d is not null));
        Assert.Contains("section line 399", text, StringComparison.Ordinal);
        foreach (var part in parts)
            EmbedLimitAssert.WithinLimits(part.Body);
    }

    [Fact]
    public void Components_TwelveButtons_RowsOfAtMostFive()
    {
        var buttons = Enumerable.Range(0, 12).Select(i => new ChatButton($"b{i}", $"a:{i}")).ToList();

        var rows = DiscordMessageRenderer.Components(buttons)!;

        Assert.Equal([5, 5, 2], rows.Select(r => r!["components"]!.AsArray().Count));
    }
}
