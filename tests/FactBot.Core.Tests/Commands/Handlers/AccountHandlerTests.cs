using FactBot.Core.Alerts;
using FactBot.Core.Digests;
using FactBot.Core.Messages;
using FactBot.TestKit.Posts;
using static FactBot.Core.Tests.Commands.Handlers.QueryCommandFixture;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class AccountHandlerTests
{
    private readonly QueryCommandFixture _fixture = new();

    private async Task<Alert> KnownAccountAsync()
    {
        await _fixture.Labels.UpsertAsync([Label("rt_news")]);
        await _fixture.Posts.AddNewAsync(
        [
            PostBuilder.Create(author: "rt_news", at: Hour(3)),
            PostBuilder.Create(author: "rt_news", at: Hour(1)),
            PostBuilder.Create(author: "rt_news", at: Hour(2)),
            PostBuilder.Create(author: "rt_news", at: Hour(9), platform: "telegram"),
            PostBuilder.Create(author: "someone_else", at: Hour(4)),
        ]);
        var group = NewAlert("A-GRP1", "#donbas", AlertKind.Coordination, Hour(5), evidence: new AlertEvidence { Accounts = ["bot1", "rt_news", "bot2"] });
        await _fixture.Alerts.UpsertAsync(group);
        await _fixture.Alerts.UpsertAsync(NewAlert("A-WAVE", "#donbas", AlertKind.StateMediaSurge, Hour(5), evidence: new AlertEvidence
        {
            LabelledAccounts = ["rt_news (state-controlled, test-list@1) — started"],
        }));
        await _fixture.Alerts.UpsertAsync(NewAlert("A-NOPE", "#donbas", AlertKind.Coordination, Hour(5), evidence: new AlertEvidence { Accounts = ["bot1", "bot2"] }));
        _fixture.AdvanceTo(Hour(10));
        return group;
    }

    [Fact]
    public async Task HandleAsync_LabelledAccount_ShowsLabelSourceAndEvidence()
    {
        await KnownAccountAsync();

        var reply = await _fixture.SendAsync("/account rt_news");

        Assert.Equal("Account @rt_news", reply.Message.Title);
        var label = Field(reply, "Label · tiktok");
        Assert.Equal("state-controlled · RU · source test-list@1 · evidence https://example.org/labels/rt_news", label);
        Assert.Contains("https://example.org/labels/rt_news", reply.Message.Links);
    }

    [Fact]
    public async Task HandleAsync_PostsSeen_CountsAndFirstAndLastPerPlatform()
    {
        await KnownAccountAsync();

        var reply = await _fixture.SendAsync("/account rt_news");

        Assert.Equal($"3 · first seen {Formats.Time(Hour(1))} · last seen {Formats.Time(Hour(3))}", Field(reply, "Posts seen · tiktok"));
        Assert.Equal($"1 · first seen {Formats.Time(Hour(9))} · last seen {Formats.Time(Hour(9))}", Field(reply, "Posts seen · telegram"));
    }

    [Fact]
    public async Task HandleAsync_AlertsNamingTheAccount_ListsItsGroupsApartFromOtherAlerts()
    {
        var group = await KnownAccountAsync();

        var reply = await _fixture.SendAsync("/account rt_news");

        Assert.Equal(DigestBuilder.Line(group), Field(reply, "Coordination groups"));
        Assert.Contains("A-WAVE", Field(reply, "Other alerts"), StringComparison.Ordinal);
        Assert.DoesNotContain(reply.Message.Fields, f => f.Value.Contains("A-NOPE", StringComparison.Ordinal));
        Assert.Contains("in 1 coordination group(s)", reply.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_HandleWithAtAndCapitals_IsNormalisedAndPlatformFilters()
    {
        await KnownAccountAsync();

        var reply = await _fixture.SendAsync("/account @RT_News platform:TikTok");

        Assert.Equal("Account @rt_news on tiktok", reply.Message.Title);
        Assert.Single(reply.Message.Fields, f => f.Name.StartsWith("Posts seen", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_UnknownAccount_SaysNothingIsKnownAndHowToLook()
    {
        await KnownAccountAsync();

        var reply = await _fixture.SendAsync("/account nobody_here");

        Assert.True(reply.Ephemeral);
        Assert.Equal("Nothing known about @nobody_here", reply.Message.Title);
        Assert.Contains("/label list", reply.Message.Summary, StringComparison.Ordinal);
    }
}
