using FactBot.Core.Alerts;
using FactBot.Core.Messages;
using FactBot.TestKit.Posts;
using static FactBot.Core.Tests.Commands.Handlers.QueryCommandFixture;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class ExplainHandlerTests
{
    private readonly QueryCommandFixture _fixture = new();

    private static readonly Dictionary<string, double> Signals = new()
    {
        ["count"] = 42, ["expected"] = 9.5, ["ratio"] = 4.42, ["p"] = 3.1e-9, ["share"] = 0.4, ["cold_start"] = 0, ["new_metric"] = 0.0123,
    };

    private async Task<Alert> StoredAlertAsync()
    {
        var longText = "Breaking: " + string.Join(' ', Enumerable.Repeat("convoy spotted near the border", 12));
        await _fixture.Posts.AddNewAsync(
        [
            PostBuilder.Create(id: "1", author: "rt_news", at: Hour(1), text: longText) with { Url = "https://www.tiktok.com/@rt_news/video/1" },
            PostBuilder.Create(id: "2", author: "someone", at: Hour(1.1), text: "short one"),
        ]);
        var alert = NewAlert("A-EXP1", "#donbas", AlertKind.StateMediaSurge, Hour(2), AlertStatus.Closed, Signals, new AlertEvidence
        {
            PostKeys = ["tiktok:1", "tiktok:2", "tiktok:gone"],
            Accounts = ["rt_news", "someone"],
            LabelledAccounts = ["rt_news (state-controlled, test-list@1) — started"],
            Objects = ["sound 777", "also on #other"],
            Links = ["https://www.tiktok.com/@rt_news/video/1"],
        }) with
        {
            Revision = 3,
            ReopenCount = 2,
            Verdicts = new VerdictTally(Coordinated: 2, Organic: 1),
        };
        await _fixture.Alerts.UpsertAsync(alert);
        return alert;
    }

    [Fact]
    public async Task HandleAsync_KnownAlert_ShowsEveryStoredNumberByName()
    {
        await StoredAlertAsync();

        var reply = await _fixture.SendAsync("/explain a-exp1");

        var numbers = Field(reply, "Numbers").Split('\n');
        Assert.Equal(Signals.Count, numbers.Length);
        Assert.Contains("posts in the window: 42", numbers);
        Assert.Contains($"ratio to expected: {Formats.Ratio(4.42)}", numbers);
        Assert.Contains($"p (chance of this many or more): {Formats.Probability(3.1e-9)}", numbers);
        Assert.Contains("state-media share: 40%", numbers);
        Assert.Contains("cold-start baseline: no", numbers);
        Assert.Contains("new_metric: 0.012", numbers);
    }

    [Fact]
    public async Task HandleAsync_KnownAlert_ShowsEvidenceLifecycleAndVerdicts()
    {
        var alert = await StoredAlertAsync();

        var reply = await _fixture.SendAsync("/explain A-EXP1");

        Assert.Equal("State-media surge on #donbas · A-EXP1", reply.Message.Title);
        Assert.Equal(alert.Explanation, reply.Message.Summary);
        Assert.StartsWith("closed · opened", Field(reply, "Status"), StringComparison.Ordinal);
        Assert.Contains($"closed {Formats.Time(alert.ClosedAt!.Value)}", Field(reply, "Status"), StringComparison.Ordinal);
        Assert.Equal("3 · re-opened 2×", Field(reply, "Revision"));
        Assert.Equal(Formats.Window(alert.WindowStart, alert.WindowEnd), Field(reply, "Window"));
        Assert.Contains("rt_news (state-controlled, test-list@1) — started", Field(reply, "Labelled accounts"), StringComparison.Ordinal);
        Assert.Equal("rt_news, someone", Field(reply, "Accounts"));
        Assert.Equal("sound 777\nalso on #other", Field(reply, "Shared objects"));
        Assert.Equal(AlertMessageFactory.VerdictSummary(alert.Verdicts), Field(reply, "Verdicts"));
        Assert.Equal(alert.Evidence.Links, reply.Message.Links);
        Assert.Contains(reply.Message.Buttons, b => b.Action == "verdict:A-EXP1:organic");
    }

    [Fact]
    public async Task HandleAsync_ExamplePosts_AreLookedUpAndTruncated()
    {
        await StoredAlertAsync();

        var reply = await _fixture.SendAsync("/explain A-EXP1");

        var posts = Field(reply, "Example posts").Split('\n');
        Assert.Equal(3, posts.Length);
        Assert.StartsWith($"@rt_news · {Formats.Time(Hour(1))} · “Breaking: convoy spotted", posts[0], StringComparison.Ordinal);
        Assert.Contains("…” · https://www.tiktok.com/@rt_news/video/1", posts[0], StringComparison.Ordinal);
        Assert.True(posts[0].Length < 220, "a long text is cut to a snippet");
        Assert.EndsWith("“short one”", posts[1], StringComparison.Ordinal);
        Assert.Equal("tiktok:gone (no longer stored)", posts[2]);
    }

    [Fact]
    public async Task HandleAsync_UnknownAlert_SaysWhatWasNotFoundAndHowToList()
    {
        await StoredAlertAsync();

        var reply = await _fixture.SendAsync("/explain A-ZZZZ");

        Assert.True(reply.Ephemeral);
        Assert.Equal("No alert A-ZZZZ", reply.Message.Title);
        Assert.Contains("/alerts", reply.Message.Summary, StringComparison.Ordinal);
    }
}
