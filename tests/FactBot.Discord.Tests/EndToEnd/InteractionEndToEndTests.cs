using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Verdicts;
using FactBot.Core.Watchlists;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>Interactions over the fake gateway, through the real dispatcher and Core handlers.</summary>
public sealed class InteractionEndToEndTests : IDisposable
{
    private readonly string _state = Directory.CreateTempSubdirectory("factbot-discord-e2e-").FullName;

    [Fact]
    public async Task Status_RepliesInPlaceWithinTheDeadline()
    {
        await using var discord = await FakeDiscord.StartAsync();
        await using var host = await DiscordTestHost.StartAsync(discord, new TestStores(), _state);
        await Clock.EventuallyAsync(() => discord.Gateway.IsReady, "ready");
        var interaction = InteractionPayloads.Slash("status", ("target", "#donbas"));

        await discord.Gateway.DispatchAsync("INTERACTION_CREATE", interaction);
        await Clock.EventuallyAsync(() => discord.CallsTo("POST", "/interactions/").Any(), "callback");

        var callback = Assert.Single(discord.CallsTo("POST", "/interactions/"));
        Assert.EndsWith($"/{InteractionPayloads.Token(interaction)}/callback", callback.Path, StringComparison.Ordinal);
        // Type 4 means it was answered in place, i.e. before the 2 s defer point and so within Discord's 3 s.
        Assert.Equal(4, (int)callback.Json!["type"]!);
        Assert.Contains("donbas", callback.Json["data"]!["embeds"]![0]!["title"]!.ToString(), StringComparison.Ordinal);
        Assert.Equal("""{"parse":[]}""", callback.Json["data"]!["allowed_mentions"]!.ToJsonString());
    }

    [Fact]
    public async Task SlowCommand_IsDeferredThenCompletedByEditingTheOriginal()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var slow = new BlockingDigestHandler();
        await using var host = await DiscordTestHost.StartAsync(discord, new TestStores(), _state, services =>
        {
            var real = services.Single(d => d.ServiceType == typeof(ICommandHandler) && d.ImplementationType == typeof(DigestHandler));
            services.Remove(real);
            services.AddSingleton<ICommandHandler>(slow);
        });
        await Clock.EventuallyAsync(() => discord.Gateway.IsReady, "ready");

        await discord.Gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Slash("digest"));
        await Clock.EventuallyAsync(() => discord.CallsTo("POST", "/interactions/").Any(), "deferral");
        var deferred = Assert.Single(discord.CallsTo("POST", "/interactions/"));
        slow.Release();
        await Clock.EventuallyAsync(() => discord.CallsTo("PATCH", "/webhooks/100/").Any(), "edited original");

        Assert.Equal(5, (int)deferred.Json!["type"]!);
        var edit = Assert.Single(discord.CallsTo("PATCH", "/webhooks/100/"));
        Assert.EndsWith("/messages/@original", edit.Path, StringComparison.Ordinal);
        Assert.Equal("Digest for main", (string?)edit.Json!["embeds"]![0]!["title"]);
    }

    [Fact]
    public async Task VerdictButton_RecordsTheVerdictAndConfirmsOnlyToThePresser()
    {
        await using var discord = await FakeDiscord.StartAsync();
        var stores = new TestStores();
        await stores.Alerts.UpsertAsync(new Alert
        {
            Id = "A-7K2F", Kind = AlertKind.VolumeSurge, Target = new WatchTarget(TargetKind.Hashtag, "donbas"),
            OpenedAt = Clock.Start, UpdatedAt = Clock.Start, WindowStart = Clock.Start, WindowEnd = Clock.Start.AddHours(1),
            Severity = Severity.High, Explanation = "Posts ×3.4 vs usual",
        });
        await using var host = await DiscordTestHost.StartAsync(discord, stores, _state);
        await Clock.EventuallyAsync(() => discord.Gateway.IsReady, "ready");

        await discord.Gateway.DispatchAsync("INTERACTION_CREATE", InteractionPayloads.Button("verdict:A-7K2F:organic"));
        await Clock.EventuallyAsync(() => discord.CallsTo("POST", "/interactions/").Any(), "callback");

        var verdict = Assert.Single(stores.Verdicts.All);
        Assert.Equal(("A-7K2F", "discord:401", VerdictValue.Organic), (verdict.AlertId, verdict.VoterKey, verdict.Value));
        var callback = Assert.Single(discord.CallsTo("POST", "/interactions/"));
        Assert.Equal(64, (int)callback.Json!["data"]!["flags"]!);
    }

    public void Dispose() => Directory.Delete(_state, recursive: true);
}
