using FactBot.Core.Alerts;
using FactBot.Core.Delivery;
using FactBot.Core.Detection;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Messages;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.Sources.Demo;
using FactBot.TestKit.Fakes;
using FactBot.Worker.Charts;
using Microsoft.Extensions.Options;
using static FactBot.Worker.Tests.Charts.ChartSamples;

namespace FactBot.Worker.Tests.Charts;

/// <summary>The demo's planted #donbas surge, replayed hour by hour, reaches the outbox with its chart.</summary>
public sealed class DemoChartTests
{
    [Fact]
    public async Task HandleAsync_DemoDonbasSurge_EnqueuesTheAlertWithAChartOfTheSeries()
    {
        var scenario = DemoScenario.Default;
        var target = new WatchTarget(TargetKind.Hashtag, scenario.SurgeHashtag);
        var volume = new VolumeSurgeDetector(Options.Create(new SurgeOptions()));
        var subscriptions = new InMemorySubscriptionStore();
        await subscriptions.UpsertAsync(new Subscription { Chat = new ChatRef("test", "c1") });
        var outbox = new InMemoryOutboxStore();
        var renderer = new CountingRenderer(new ScottPlotChartRenderer());
        var router = new AlertRouter(subscriptions, outbox, new AlertCharts(volume, renderer));
        using var engine = new DetectionEngine([volume], new AlertEngine(new InMemoryAlertStore(), new AlertOptions()), [router]);
        await engine.SetWatchlistsAsync([new Watchlist { Name = Watchlist.MainName, Targets = [target] }]);

        foreach (var hour in new DemoDatasetGenerator(scenario).Generate().GroupBy(p => p.CreatedAt.UtcTicks / TimeSpan.TicksPerHour).OrderBy(g => g.Key))
        {
            await engine.ObserveAsync([.. hour]);
            await engine.AdvanceAsync(new DateTimeOffset((hour.Key + 1) * TimeSpan.TicksPerHour, TimeSpan.Zero));
        }

        var messages = await outbox.QueryAsync(null, 100);
        var alert = Assert.Single(messages, m => m.Kind == OutboxKind.Alert);
        Assert.StartsWith($"Volume surge on {target.Key}", alert.Message.Title, StringComparison.Ordinal);
        var request = Assert.Single(renderer.Requests);
        Assert.Equal(target.Key, request.Title);
        Assert.Equal(scenario.SurgeDay, request.Series.Points[^1].Start.UtcDateTime.Date);
        Assert.True(request.Series.Points[^1].Count > request.Series.Points[^1].High, "the surged bin is above the usual range");
        Assert.NotNull(alert.Message.ChartPng);
        Assert.True(IsPng(alert.Message.ChartPng));
        Assert.Equal((ChartRequest.DefaultWidth, ChartRequest.DefaultHeight), Size(alert.Message.ChartPng));
    }

    private sealed class CountingRenderer(IChartRenderer inner) : IChartRenderer
    {
        public List<ChartRequest> Requests { get; } = [];

        public Core.Results.Result<byte[]> RenderPng(ChartRequest request)
        {
            Requests.Add(request);
            return inner.RenderPng(request);
        }
    }
}
