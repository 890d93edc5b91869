using FactBot.Core.Alerts;
using FactBot.Core.Detection;
using FactBot.Core.Ingest;
using FactBot.Core.Labels;
using FactBot.TestKit.Alerts;
using FactBot.TestKit.Detection;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Ingest;

/// <summary>An ingest pipeline over in-memory stores, a recording detector and a fake clock, as the pipeline tests use it.</summary>
internal sealed class IngestWorld : IDisposable
{
    public IngestWorld() => Engine = new DetectionEngine([Detector], new AlertEngine(Alerts, new AlertOptions()), []);

    public InMemoryPostStore Posts { get; } = new();

    public InMemoryCheckpointStore Checkpoints { get; } = new();

    public InMemoryLabelStore Labels { get; } = new();

    public InMemoryAlertStore Alerts { get; } = new();

    public RecordingDetector Detector { get; } = new();

    public FakeTimeProvider Time { get; } = new(PostBuilder.Epoch);

    public DetectionEngine Engine { get; }

    public IngestPipeline Pipeline(int batchSize) => new(
        Posts, Checkpoints, new LabelIndex(Labels), Engine,
        new IngestOptions { BatchSize = batchSize, ChannelCapacity = 16, AdvanceEvery = TimeSpan.FromMinutes(1) },
        Time, NullLogger<IngestPipeline>.Instance);

    public void Dispose() => Engine.Dispose();
}
