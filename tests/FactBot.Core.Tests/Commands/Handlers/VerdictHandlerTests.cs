using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Messages;
using FactBot.Core.Verdicts;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class VerdictHandlerTests : IDisposable
{
    private readonly SubscriptionCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Verdict_RecordsItAndShowsTheTalliesSavedOnTheAlert()
    {
        var alert = await _f.OpenAlertAsync();

        var reply = await _f.MemberAsync($"/verdict {alert.Id} coordinated looks scripted");

        Assert.Equal($"Verdict recorded: coordinated on {alert.Id}", reply.Message.Title);
        Assert.Equal("coordinated 1 · organic 0 · misleading 0 · unsure 0", SubscriptionCommandFixture.Field(reply, "Verdicts"));
        Assert.Equal("looks scripted", SubscriptionCommandFixture.Field(reply, "Your note"));
        Assert.True(reply.Ephemeral);
        Assert.Equal(1, (await _f.Alerts.GetAsync(alert.Id))!.Verdicts.Coordinated);
        var verdict = Assert.Single(_f.VerdictStore.All);
        Assert.Equal(new Verdict(alert.Id, "telegram:2", VerdictValue.Coordinated, "looks scripted", SubscriptionCommandFixture.Start), verdict);
    }

    [Fact]
    public async Task Verdict_SecondFromTheSamePerson_ReplacesTheFirst()
    {
        var alert = await _f.OpenAlertAsync();
        await _f.MemberAsync($"/verdict {alert.Id} coordinated");

        var reply = await _f.MemberAsync($"/verdict {alert.Id} organic");

        Assert.Equal($"Verdict changed: coordinated → organic on {alert.Id}", reply.Message.Title);
        Assert.Equal(new(0, 1, 0, 0), (await _f.Alerts.GetAsync(alert.Id))!.Verdicts);
        Assert.Single(_f.VerdictStore.All);
    }

    [Fact]
    public async Task Verdict_FromDifferentPeople_AddUp()
    {
        var alert = await _f.OpenAlertAsync();

        await _f.MemberAsync($"/verdict {alert.Id} coordinated");
        await _f.AdminAsync($"/verdict {alert.Id} coordinated");
        var reply = await _f.DirectAsync($"/verdict {alert.Id} unsure", new CommandCaller("discord", "9", "Cy"));

        Assert.Equal(new(2, 0, 0, 1), (await _f.Alerts.GetAsync(alert.Id))!.Verdicts);
        Assert.Equal("coordinated 2 · organic 0 · misleading 0 · unsure 1", SubscriptionCommandFixture.Field(reply, "Verdicts"));
    }

    [Fact]
    public async Task Verdict_UnknownAlert_SaysSoAndRecordsNothing()
    {
        var reply = await _f.MemberAsync("/verdict A-ZZZZ organic");

        Assert.Equal("No alert A-ZZZZ", reply.Message.Title);
        Assert.Contains("/alerts", reply.Message.Summary, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(_f.VerdictStore.All);
    }

    [Fact]
    public async Task Verdict_UnknownValue_GetsTheUsageWithTheChoices()
    {
        var alert = await _f.OpenAlertAsync();

        var reply = await _f.MemberAsync($"/verdict {alert.Id} fake");

        Assert.Contains("'value' must be one of: coordinated, organic, misleading, unsure", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Empty(_f.VerdictStore.All);
    }

    [Fact]
    public async Task Verdict_FromAnAlertMessagesButton_GoesThroughTheSameHandler()
    {
        var alert = await _f.OpenAlertAsync();
        var button = AlertMessageFactory.Create(alert, AlertChangeKind.Opened).Buttons.Single(b => b.Label == "misleading");

        var request = VerdictButtons.ToRequest(button.Action, SubscriptionCommandFixture.Member, SubscriptionCommandFixture.Channel, isDirectMessage: false);
        var reply = await _f.Sut.DispatchAsync(request!.Value.Value!);

        Assert.Equal($"Verdict recorded: misleading on {alert.Id}", reply.Message.Title);
        Assert.Equal(1, (await _f.Alerts.GetAsync(alert.Id))!.Verdicts.Misleading);
    }
}
