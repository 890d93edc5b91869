using FactBot.Core.Alerts;
using FactBot.Core.Watchlists;
using FactBot.Discord.Interactions;
using FactBot.Discord.Tests.Support;
using FactBot.TestKit.Fakes;

namespace FactBot.Discord.Tests.Interactions;

public sealed class AutocompleteProviderTests
{
    private static Alert Alert(string id, string tag, AlertStatus status = AlertStatus.Open) => new()
    {
        Id = id,
        Kind = AlertKind.VolumeSurge,
        Target = new WatchTarget(TargetKind.Hashtag, tag),
        OpenedAt = Clock.Start,
        UpdatedAt = Clock.Start,
        WindowStart = Clock.Start,
        WindowEnd = Clock.Start.AddHours(1),
        Severity = Severity.High,
        Explanation = "x",
        Status = status,
    };

    [Fact]
    public async Task SuggestAsync_AlertOption_OffersOpenAlertsMatchingWhatWasTyped()
    {
        var alerts = new InMemoryAlertStore();
        await alerts.UpsertAsync(Alert("A-7K2F", "donbas"));
        await alerts.UpsertAsync(Alert("A-9XYZ", "other"));
        await alerts.UpsertAsync(Alert("A-7K00", "closed") with { Status = AlertStatus.Closed, ClosedAt = Clock.Start });
        var sut = new AutocompleteProvider(new InMemoryWatchlistStore(), alerts);

        var choices = await sut.SuggestAsync(Interaction.Parse(Samples.Json("interaction_autocomplete_alert.json")).Value!, default);

        var choice = Assert.Single(choices);
        Assert.Equal("A-7K2F", (string?)choice!["value"]);
        Assert.StartsWith("A-7K2F · ", (string?)choice["name"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestAsync_TargetOption_OffersWatchedTargets()
    {
        var watchlists = new InMemoryWatchlistStore();
        await watchlists.UpsertAsync(new Watchlist
        {
            Name = "main",
            Targets = [new WatchTarget(TargetKind.Hashtag, "donbas"), new WatchTarget(TargetKind.Hashtag, "crimea"), new WatchTarget(TargetKind.Sound, "123")],
        });
        var json = System.Text.Json.JsonDocument.Parse("""
            {"id":"1","application_id":"2","type":4,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},
             "data":{"name":"status","options":[{"name":"target","type":3,"value":"#don","focused":true}]}}
            """).RootElement;
        var sut = new AutocompleteProvider(watchlists, new InMemoryAlertStore());

        var choices = await sut.SuggestAsync(Interaction.Parse(json).Value!, default);

        Assert.Equal(["#donbas"], choices.Select(c => (string)c!["value"]!));
    }
}
