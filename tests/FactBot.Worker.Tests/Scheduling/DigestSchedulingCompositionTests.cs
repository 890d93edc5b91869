using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Subscriptions;
using FactBot.Core.Verdicts;
using FactBot.Worker.Cli;
using FactBot.Worker.Jobs;
using FactBot.Worker.Scheduling;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Tests.Scheduling;

public sealed class DigestSchedulingCompositionTests
{
    private static readonly Dictionary<string, string?> InMemory = new() { ["Storage:Path"] = ":memory:" };

    [Fact]
    public async Task Build_RealComposition_WiresDigestSchedulingAndVerdicts()
    {
        using var output = new StringWriter();
        using var host = WorkerHost.Build(new CliCommand(CliVerb.Import) { File = "x" }, output, InMemory);
        var services = host.Services;

        Assert.IsType<QuartzScheduleValidator>(services.GetRequiredService<IScheduleValidator>());
        Assert.Same(services.GetRequiredService<DigestScheduler>(), Assert.Single(services.GetServices<ISubscriptionChangeListener>()));
        Assert.Contains(services.GetServices<IAlertChangeHandler>(), h => h is VerdictTallyKeeper);
        Assert.NotNull(services.GetRequiredService<CommandDispatcher>());
        Assert.NotNull(ActivatorUtilities.CreateInstance<DigestJob>(services));
        Assert.NotNull(ActivatorUtilities.CreateInstance<DigestScheduleSyncJob>(services));
        var scheduler = await services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True((await scheduler.GetJobDetail(DigestJob.Key))!.Durable);
        Assert.True(await scheduler.Exists(DigestScheduleSyncJob.Key));
    }

    [Fact]
    public async Task Start_SyncIntervalOutOfRange_FailsNamingTheSetting()
    {
        using var output = new StringWriter();
        using var host = WorkerHost.Build(
            new CliCommand(CliVerb.Import) { File = "x" }, output, new Dictionary<string, string?>(InMemory) { ["Worker:Digests:SyncInterval"] = "00:00:01" });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains("SyncInterval", error.Message, StringComparison.Ordinal);
    }
}
