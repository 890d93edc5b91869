using System.Net;
using FactBot.Discord.Commands;
using FactBot.Discord.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Discord.Tests.Commands;

public sealed class CommandRegistrarTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("factbot-discord-").FullName;

    private RestHarness Harness(params string[] guilds) => new(o =>
    {
        o.CommandsStateFile = Path.Combine(_folder, "commands.json");
        o.GuildIds = guilds;
    });

    [Fact]
    public async Task EnsureRegisteredAsync_FirstStart_OverwritesTheGlobalCommands()
    {
        using var h = Harness();
        using var sut = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance);

        await sut.EnsureRegisteredAsync("100", default);

        var request = Assert.Single(h.Handler.Requests);
        Assert.Equal((HttpMethod.Put, "/api/v10/applications/100/commands"), (request.Method, request.Path));
        Assert.Equal("registered", sut.Outcomes["global"]);
    }

    [Fact]
    public async Task EnsureRegisteredAsync_RestartWithTheSameCommands_RegistersNothing()
    {
        using var h = Harness();
        using (var first = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance))
            await first.EnsureRegisteredAsync("100", default);
        using var sut = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance);

        await sut.EnsureRegisteredAsync("100", default);

        Assert.Single(h.Handler.Requests);
        Assert.Equal("unchanged", sut.Outcomes["global"]);
    }

    [Fact]
    public async Task EnsureRegisteredAsync_CommandsChangedSinceLastTime_RegistersAgain()
    {
        using var h = Harness();
        File.WriteAllText(Path.Combine(_folder, "commands.json"), """{"100/global":"an-older-hash"}""");
        using var sut = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance);

        await sut.EnsureRegisteredAsync("100", default);

        Assert.Single(h.Handler.Requests);
    }

    [Fact]
    public async Task EnsureRegisteredAsync_Guilds_OverwritesEachGuildsCommands()
    {
        using var h = Harness("11", "22");
        using var sut = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance);

        await sut.EnsureRegisteredAsync("100", default);

        Assert.Equal(["/api/v10/applications/100/guilds/11/commands", "/api/v10/applications/100/guilds/22/commands"], h.Handler.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task EnsureRegisteredAsync_Failed_TriesAgainNextTime()
    {
        using var h = Harness();
        h.Handler.Then(HttpStatusCode.InternalServerError);
        using var sut = new CommandRegistrar(h.Client, h.Options, NullLogger<CommandRegistrar>.Instance);
        await sut.EnsureRegisteredAsync("100", default);

        await sut.EnsureRegisteredAsync("100", default);

        Assert.Equal(2, h.Handler.Requests.Count);
        Assert.Equal("registered", sut.Outcomes["global"]);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
