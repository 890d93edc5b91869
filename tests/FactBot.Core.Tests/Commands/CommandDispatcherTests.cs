using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Subscriptions;
using Microsoft.Extensions.Logging.Abstractions;

namespace FactBot.Core.Tests.Commands;

public sealed class CommandDispatcherTests
{
    private sealed class Recording(string name) : ICommandHandler
    {
        public List<CommandContext> Calls { get; } = [];

        public string Name { get; } = name;

        public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default)
        {
            Calls.Add(context);
            return Task.FromResult(CommandReply.Text("done"));
        }
    }

    private sealed class Throwing : ICommandHandler
    {
        public string Name => "digest";

        public Task<CommandReply> HandleAsync(CommandContext context, CancellationToken ct = default) => throw new InvalidOperationException("bug");
    }

    private readonly Recording _watch = new("watch");
    private readonly Recording _subscribe = new("subscribe");

    private CommandDispatcher CreateSut(params string[] owners) => new(
        [_watch, _subscribe, new HelpHandler(), new Throwing()],
        new ConfiguredRoleResolver(new CommandOptions { Owners = owners }),
        NullLogger<CommandDispatcher>.Instance);

    private static CommandRequest Request(string text, bool admin = false, bool dm = false, string user = "u1") =>
        TextCommandParser.Parse(text, new CommandCaller("telegram", user, "Alice", admin), new ChatRef("telegram", "-100"), dm)!.Value.Value!;

    [Fact]
    public async Task DispatchAsync_AdminCommandFromPlainUser_IsRefusedAndTheHandlerNotRun()
    {
        var reply = await CreateSut().DispatchAsync(Request("/watch add #donbas"));

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.True(reply.Ephemeral);
        Assert.Empty(_watch.Calls);
    }

    [Fact]
    public async Task DispatchAsync_AdminOrConfiguredOwner_RunsTheHandlerWithCheckedArguments()
    {
        await CreateSut().DispatchAsync(Request("/watch add #Donbas", admin: true));
        await CreateSut("telegram:owner").DispatchAsync(Request("/watch add sound:42", user: "owner"));

        Assert.Equal(2, _watch.Calls.Count);
        Assert.Equal("#donbas", _watch.Calls[0].Arguments.Target("target")!.Key);
        Assert.Equal(CommandRole.Owner, _watch.Calls[1].Role);
    }

    [Fact]
    public async Task DispatchAsync_SubscribeInADirectMessage_IsOpenToAnyone()
    {
        await CreateSut().DispatchAsync(Request("/subscribe mode:digest", dm: true));
        var inGroup = await CreateSut().DispatchAsync(Request("/subscribe mode:digest"));

        Assert.Single(_subscribe.Calls);
        Assert.Equal("Not allowed", inGroup.Message.Title);
    }

    [Theory]
    [InlineData("/watch add donbas", "'target' must be #hashtag")]
    [InlineData("/watch add", "'target' is required")]
    [InlineData("/watch frob #x", "has no 'frob'")]
    [InlineData("/watch", "needs one of: add, remove, list")]
    [InlineData("/nonsense", "no command /nonsense")]
    [InlineData("/subscribe tz:Mars/Base", "'tz' must be a time zone")]
    [InlineData("/subscribe quiet:25:00-07:00", "'quiet' must be a local time range")]
    [InlineData("/alerts limit:500", "'limit' must be a whole number from 1 to 50")]
    public async Task DispatchAsync_BadArguments_GetsAUsageReplyNamingTheProblem(string text, string expected)
    {
        var reply = await CreateSut().DispatchAsync(Request(text, admin: true));

        Assert.Contains(expected, reply.Message.Summary, StringComparison.Ordinal);
        Assert.True(reply.Ephemeral);
        Assert.Empty(_watch.Calls);
        Assert.Empty(_subscribe.Calls);
    }

    [Fact]
    public async Task DispatchAsync_HelpForPlainUser_ListsOnlyWhatTheyMayUse()
    {
        var user = await CreateSut().DispatchAsync(Request("/help"));
        var admin = await CreateSut().DispatchAsync(Request("/help", admin: true));

        Assert.Contains("/status", user.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("/watch list", user.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("/watch add", user.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("/audit", user.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("/watch add", admin.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("/audit", admin.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DispatchAsync_HandlerBug_AnswersPolitelyInsteadOfThrowing()
    {
        var reply = await CreateSut().DispatchAsync(Request("/digest"));

        Assert.Equal("Something went wrong on our side", reply.Message.Title);
    }
}
