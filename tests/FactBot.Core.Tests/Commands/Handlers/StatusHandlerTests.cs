using FactBot.Core.Alerts;
using FactBot.Core.Labels;
using FactBot.Core.Messages;
using FactBot.TestKit.Posts;
using static FactBot.Core.Tests.Commands.Handlers.QueryCommandFixture;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class StatusHandlerTests
{
    private readonly QueryCommandFixture _fixture = new();

    // 30 quiet hours of 5 posts, a 40-post hour, then 3 posts in the open hour; the clock stands at 31:20.
    private async Task SurgedAsync()
    {
        await _fixture.WatchAsync("#donbas");
        for (var hour = 0; hour < 30; hour++)
            await _fixture.IngestAsync(PostsInHour("donbas", hour, 5));
        await _fixture.IngestAsync(PostsInHour("donbas", 30, 40));
        await _fixture.IngestAsync(PostsInHour("donbas", 31, 3).Select(p => p with { CreatedAt = Hour(31).AddMinutes(5) }));
        _fixture.AdvanceTo(Hour(31.34));
    }

    [Fact]
    public async Task HandleAsync_WatchedTargetAfterASurge_ShowsTheDetectorsOwnNumbers()
    {
        await SurgedAsync();
        var status = _fixture.Surge.GetStatus("#donbas", _fixture.Time.GetUtcNow())!;
        var last = status.LastEvaluation!;

        var reply = await _fixture.SendAsync("/status #donbas");

        Assert.Equal("Status of #donbas", reply.Message.Title);
        Assert.False(reply.Ephemeral);
        Assert.StartsWith("The last hour surged: 40 posts", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains(Formats.Ratio(last.Ratio), reply.Message.Summary, StringComparison.Ordinal);
        var lastField = Field(reply, "Last hour");
        Assert.Contains($"40 vs {Formats.Number(last.Expected)} expected", lastField, StringComparison.Ordinal);
        Assert.Contains(Formats.Probability(last.P), lastField, StringComparison.Ordinal);
        Assert.StartsWith("3 so far", Field(reply, "Now"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Window_SumsTheWholeBinsThatCoverIt()
    {
        await SurgedAsync();

        var threeHours = await _fixture.SendAsync("/status #donbas window:3h");
        var oneHour = await _fixture.SendAsync("/status #donbas");

        // 28:20–31:20 is covered by the bins of 28, 29, 30 and the open 31: 5 + 5 + 40 + 3.
        Assert.StartsWith($"53 posts since {Formats.Time(Hour(28))}", Field(threeHours, "Last 3h"), StringComparison.Ordinal);
        Assert.StartsWith($"43 posts since {Formats.Time(Hour(30))}", Field(oneHour, "Last 1h"), StringComparison.Ordinal);
        Assert.EndsWith("(0 of 43 posts by labelled accounts)", Field(oneHour, "State-media share"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WindowLongerThanTheKeptBins_CountsStoredPostsInstead()
    {
        await SurgedAsync();

        var reply = await _fixture.SendAsync("/status #donbas window:7d");

        Assert.StartsWith($"{5 * 30 + 40 + 3} posts stored since", Field(reply, "Last 7d"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_LabelledPostsInTheWindow_ShowsTheStateMediaShare()
    {
        await _fixture.WatchAsync("#donbas");
        await _fixture.IngestAsync(PostsInHour("donbas", 0, 9));
        await _fixture.IngestAsync(PostsInHour("donbas", 0, 3, "rt_news", Label("rt_news")));
        // An editorially independent public broadcaster is labelled but is not state media.
        await _fixture.IngestAsync(PostsInHour("donbas", 0, 4, "bbc", Label("bbc", LabelCategory.StateFundedIndependent)));
        _fixture.AdvanceTo(Hour(0.99));

        var reply = await _fixture.SendAsync("/status #donbas");

        Assert.Equal("19% (3 of 16 posts by labelled accounts)", Field(reply, "State-media share"));
    }

    [Fact]
    public async Task HandleAsync_UnwatchedTarget_SaysSoHowToWatchItAndWhatIsStored()
    {
        await _fixture.IngestAsync(PostsInHour("elsewhere", 0, 7));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-CO01", "#elsewhere", AlertKind.Coordination, Hour(0.5)));
        _fixture.AdvanceTo(Hour(0.99));

        var reply = await _fixture.SendAsync("/status #elsewhere");

        Assert.Equal("Status of #elsewhere (not watched)", reply.Message.Title);
        Assert.Contains("/watch add #elsewhere", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal("7", Field(reply, "Stored posts"));
        Assert.Contains("A-CO01", Field(reply, "Open alerts"), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Message.Fields, f => f.Name.StartsWith("Now", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_AlertsOnTheTarget_ListsOnlyItsOpenOnes()
    {
        await _fixture.WatchAsync("#donbas");
        await _fixture.Alerts.UpsertAsync(NewAlert("A-OPEN", "#donbas", updated: Hour(1)));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-SHUT", "#donbas", updated: Hour(2), status: AlertStatus.Closed));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-ELSE", "#other", updated: Hour(2)));
        _fixture.AdvanceTo(Hour(3));

        var reply = await _fixture.SendAsync("/status #donbas");

        var open = Field(reply, "Open alerts");
        Assert.Contains("A-OPEN · volume", open, StringComparison.Ordinal);
        Assert.DoesNotContain("A-SHUT", open, StringComparison.Ordinal);
        Assert.DoesNotContain("A-ELSE", open, StringComparison.Ordinal);
        Assert.Contains("/explain A-OPEN", reply.Message.Footer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_RecentBins_ShowsTheSurgeAsThePeak()
    {
        await SurgedAsync();

        var reply = await _fixture.SendAsync("/status #donbas");

        var recent = Field(reply, "Last 24 bins");
        Assert.EndsWith("█", recent.Split('\n')[0], StringComparison.Ordinal);
        Assert.Contains($"peak 40 at {Formats.Time(Hour(30))}", recent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_WatchedTarget_AttachesTheChartWithTheOpenAlertShaded()
    {
        await SurgedAsync();
        await _fixture.Alerts.UpsertAsync(NewAlert("A-OPEN", "#donbas", updated: Hour(31)));

        var watched = await _fixture.SendAsync("/status #donbas");
        var unwatched = await _fixture.SendAsync("/status #elsewhere");

        Assert.Equal(RecordingChartRenderer.Png, watched.Message.ChartPng);
        var request = Assert.Single(_fixture.Charts.Requests);
        Assert.Equal("#donbas", request.Title);
        Assert.Equal(Hour(30), request.Highlight!.Start);
        Assert.Null(unwatched.Message.ChartPng);
    }

    [Fact]
    public async Task HandleAsync_KeywordTargetOverALongWindow_ReadsPostsOfTheLastDayOnly()
    {
        await _fixture.IngestAsync([
            PostBuilder.Create(at: Hour(1), text: "a convoy at dawn"),
            PostBuilder.Create(at: Hour(50), text: "another convoy"),
        ]);
        _fixture.AdvanceTo(Hour(60));

        var reply = await _fixture.SendAsync("/status kw:convoy window:7d");

        Assert.Equal("1", Field(reply, "Stored posts · last 24h"));
        Assert.Equal("0% (0 of 1 posts by labelled accounts)", Field(reply, "State-media share · last 24h"));
    }

    [Fact]
    public async Task HandleAsync_FeedsWithWatermarks_SaysHowCompleteEachFeedIsOldestFirstAndLeavesFilesOut()
    {
        await _fixture.WatchAsync("#donbas");
        var now = _fixture.Time.GetUtcNow();
        await _fixture.Checkpoints.SaveAsync(new("tiktok-research:aaa", "p", now) { CompleteThrough = now.AddDays(-2).AddHours(-3) });
        await _fixture.Checkpoints.SaveAsync(new("tiktok-research:bbb", "p", now) { CompleteThrough = now.AddDays(-2) });
        await _fixture.Checkpoints.SaveAsync(new("mastodon:example.org#donbas", "p", now) { CompleteThrough = now.AddMinutes(-4) });
        await _fixture.Checkpoints.SaveAsync(new("file:/data/old.jsonl", "p", now) { CompleteThrough = now.AddDays(-300) });

        var reply = await _fixture.SendAsync("/status #donbas");

        var lines = Field(reply, "Data complete up to").Split('\n');
        Assert.Equal(2, lines.Length);
        Assert.Equal($"Mastodon: complete up to {Formats.Time(now.AddMinutes(-4))} (4 min ago)", lines[0]);
        Assert.Equal($"TikTok Research API: complete up to {Formats.Time(now.AddDays(-2).AddHours(-3))} (2 d 3 h ago, oldest of 2 sources)", lines[1]);
    }

    [Fact]
    public async Task HandleAsync_NoFeedHasAWatermark_ShowsNoFreshnessField()
    {
        await _fixture.WatchAsync("#donbas");

        var reply = await _fixture.SendAsync("/status #donbas");

        Assert.DoesNotContain(reply.Message.Fields, f => f.Name.StartsWith("Data complete", StringComparison.Ordinal));
    }
}
