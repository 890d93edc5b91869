using FactBot.Core.Abstractions;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Digests;
using FactBot.Core.Subscriptions;
using FactBot.TestKit.Fakes;
using FactBot.Worker.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using Quartz;

namespace FactBot.Worker.Tests.Scheduling;

/// <summary>
/// The digest scheduling as the worker registers it (a real Quartz scheduler on a fake clock) over in-memory stores,
/// with /subscribe and /unsubscribe behind the real dispatcher, so tests change subscriptions as users do.
/// </summary>
internal sealed class SchedulingHarness : IAsyncDisposable
{
    public SchedulingHarness(DateTimeOffset start)
    {
        Time = new FakeTimeProvider(start);
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddSingleton<TimeProvider>(Time);
        services.AddSingleton<ISubscriptionStore>(Subscriptions);
        services.AddSingleton<IAlertStore>(Alerts);
        services.AddSingleton<IOutboxStore>(Outbox);
        services.AddSingleton<IWatchlistStore>(new InMemoryWatchlistStore());
        services.AddSingleton<IAuditLog>(new InMemoryAuditLog());
        services.AddSingleton<IVerdictStore>(new InMemoryVerdictStore());
        services.AddSingleton<DigestBuilder>();
        services.AddSingleton<DigestService>();
        services.AddSubscriptionsAndVerdicts();
        services.AddSingleton<IRoleResolver>(new ConfiguredRoleResolver(new CommandOptions()));
        services.AddSingleton<CommandDispatcher>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, SubscribeHandler>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICommandHandler, UnsubscribeHandler>());
        services.AddDigestScheduling();
        Services = services.BuildServiceProvider();
    }

    public FakeTimeProvider Time { get; }

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public ServiceProvider Services { get; }

    public DigestScheduler Scheduler => Services.GetRequiredService<DigestScheduler>();

    public Task<IScheduler> QuartzAsync() => Services.GetRequiredService<ISchedulerFactory>().GetScheduler().AsTask();

    /// <summary>Sends a command as a chat administrator in a group chat, failing the test if it was not accepted.</summary>
    public async Task<CommandReply> AdminAsync(string text, string chatId = "-100")
    {
        var caller = new CommandCaller("telegram", "1", "Alice", PlatformAdmin: true);
        var parsed = TextCommandParser.Parse(text, caller, new ChatRef("telegram", chatId), isDirectMessage: false)!.Value;
        Assert.True(parsed.IsSuccess, parsed.Error?.Message);
        var reply = await Services.GetRequiredService<CommandDispatcher>().DispatchAsync(parsed.Value!);
        Assert.NotEqual("Not allowed", reply.Message.Title);
        Assert.NotEqual("That command needs fixing", reply.Message.Title);
        return reply;
    }

    /// <summary>The trigger of one subscription, or null.</summary>
    public async Task<ICronTrigger?> TriggerAsync(string subscriptionId) =>
        await (await QuartzAsync()).GetTrigger(DigestTriggers.KeyFor(subscriptionId)) as ICronTrigger;

    public async ValueTask DisposeAsync()
    {
        var scheduler = await QuartzAsync();
        await scheduler.Shutdown(false);
        await Services.DisposeAsync();
    }
}
