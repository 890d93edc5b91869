using FactBot.Core.Abstractions;
using FactBot.TestKit.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace FactBot.Discord.Tests.EndToEnd;

/// <summary>In-memory stores shared by a test and its hosts (so a restarted host sees the same data).</summary>
internal sealed class TestStores
{
    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public InMemorySubscriptionStore Subscriptions { get; } = new();

    public InMemoryOutboxStore Outbox { get; } = new();

    public InMemoryVerdictStore Verdicts { get; } = new();

    public void Register(IServiceCollection services)
    {
        services.AddSingleton<IAlertStore>(Alerts);
        services.AddSingleton<IWatchlistStore>(Watchlists);
        services.AddSingleton<ISubscriptionStore>(Subscriptions);
        services.AddSingleton<IOutboxStore>(Outbox);
        services.AddSingleton<IVerdictStore>(Verdicts);
        services.AddSingleton<IPostStore>(new InMemoryPostStore());
        services.AddSingleton<ILabelStore>(new InMemoryLabelStore());
        services.AddSingleton<IAuditLog>(new InMemoryAuditLog());
        services.AddSingleton<ICheckpointStore>(new InMemoryCheckpointStore());
    }
}
