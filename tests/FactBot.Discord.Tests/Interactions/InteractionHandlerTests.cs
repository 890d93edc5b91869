using System.Text.Json;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Discord.Interactions;
using FactBot.Discord.Tests.Support;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Discord.Tests.Interactions;

public sealed class InteractionHandlerTests
{
    private static InteractionHandler Handler(RestHarness h) => new(
        new CommandDispatcher([new HelpHandler()], new ConfiguredRoleResolver(new CommandOptions()), NullLogger<CommandDispatcher>.Instance),
        new InteractionReplier(h.Messages, h.Options, h.Time, NullLogger<InteractionReplier>.Instance),
        new AutocompleteProvider(new InMemoryWatchlistStore(), new InMemoryAlertStore()),
        h.Messages,
        NullLogger<InteractionHandler>.Instance);

    private static JsonElement Payload(string json) => JsonDocument.Parse(json).RootElement.Clone();

    [Fact]
    public async Task HandleAsync_SlashCommand_GoesThroughTheDispatcher()
    {
        using var h = new RestHarness();

        await Handler(h).HandleAsync(Payload("""
            {"id":"1","application_id":"100","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},"data":{"name":"help"}}
            """), default);

        var json = Assert.Single(h.Handler.Requests).Json;
        Assert.Equal(4, (int)json["type"]!);
        Assert.Contains("/status", json["data"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_UnknownCommand_RepliesWithAnEphemeralUsage()
    {
        using var h = new RestHarness();

        await Handler(h).HandleAsync(Payload("""
            {"id":"1","application_id":"100","type":2,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},"data":{"name":"nope"}}
            """), default);

        Assert.Equal(64, (int)Assert.Single(h.Handler.Requests).Json["data"]!["flags"]!);
    }

    [Fact]
    public async Task HandleAsync_ButtonThatIsNotFactBots_RecordsNothingAndSaysSoEphemerally()
    {
        using var h = new RestHarness();

        await Handler(h).HandleAsync(Payload("""
            {"id":"1","application_id":"100","type":3,"token":"t","channel_id":"3","user":{"id":"4","username":"u"},"data":{"custom_id":"poll:yes","component_type":2}}
            """), default);

        var json = Assert.Single(h.Handler.Requests).Json;
        Assert.Equal(64, (int)json["data"]!["flags"]!);
        Assert.Contains("not FactBot", json["data"]!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_Autocomplete_AnswersType8WithChoices()
    {
        using var h = new RestHarness();

        await Handler(h).HandleAsync(Samples.Json("interaction_autocomplete_alert.json"), default);

        var json = Assert.Single(h.Handler.Requests).Json;
        Assert.Equal(8, (int)json["type"]!);
        Assert.NotNull(json["data"]!["choices"]);
    }
}
