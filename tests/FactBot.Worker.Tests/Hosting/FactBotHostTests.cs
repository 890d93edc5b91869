using FactBot.Core.Detection;
using FactBot.Worker.Cli;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Quartz;

namespace FactBot.Worker.Tests.Hosting;

public sealed class FactBotHostTests
{
    private static readonly Dictionary<string, string?> InMemory = new() { ["Storage:Path"] = ":memory:" };

    [Fact]
    public async Task Build_RealComposition_ResolvesEveryJobVerbAndHostedService()
    {
        using var output = new StringWriter();
        using var host = WorkerHost.Build(new CliCommand(CliVerb.Import) { File = "x" }, output, InMemory);

        foreach (var job in new[] { typeof(Worker.Jobs.BinCloseJob), typeof(Worker.Jobs.OutboxSweepJob), typeof(Worker.Jobs.RetentionJob), typeof(Worker.Jobs.SourcePollJob) })
            Assert.NotNull(ActivatorUtilities.CreateInstance(host.Services, job));
        foreach (var verb in new[] { typeof(DemoVerb), typeof(ImportVerb), typeof(ReplayVerb), typeof(LabelsImportVerb), typeof(RunVerb) })
            Assert.NotNull(host.Services.GetRequiredService(verb));
        Assert.NotEmpty(host.Services.GetServices<IHostedService>());
        Assert.Equal(["volume", "state-media", "coordination"], host.Services.GetRequiredService<DetectionEngine>().Detectors.Select(d => d.Name));
        Assert.NotNull(await host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler());
    }

    [Theory]
    [InlineData("Core:Alerts:QuietPeriod", "-00:01:00", "QuietPeriod")]
    [InlineData("Core:Ingest:BatchSize", "0", "BatchSize")]
    [InlineData("Worker:OutboxSweepInterval", "00:30:00", "OutboxSweepInterval")]
    [InlineData("Detection:Surge:BinSize", "00:07:00", "BinSize")]
    public async Task Start_BadSetting_FailsNamingTheSetting(string key, string value, string named)
    {
        using var output = new StringWriter();
        using var host = WorkerHost.Build(new CliCommand(CliVerb.Import) { File = "x" }, output, new Dictionary<string, string?>(InMemory) { [key] = value });

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }
}
