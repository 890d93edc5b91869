using FactBot.Core.Ingest;
using FactBot.Core.Posts;
using FactBot.Core.Results;
using FactBot.Core.Sources;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using FactBot.TestKit.Sources;

namespace FactBot.Core.Tests.Ingest;

/// <summary>What a run reports beyond posts: watermarks, a file that stopped early, capped records.</summary>
public sealed class IngestPipelineReportTests : IDisposable
{
    private readonly IngestWorld _world = new();

    private InMemoryPostStore Posts => _world.Posts;

    private InMemoryCheckpointStore Checkpoints => _world.Checkpoints;

    public void Dispose() => _world.Dispose();

    private IngestPipeline CreateSut() => _world.Pipeline(batchSize: 2);

    private static SourceItem Post(int i) => SourceItem.Of($"{i}", PostBuilder.Create(id: $"p{i}", at: PostBuilder.Epoch.AddMinutes(i)));

    [Fact]
    public async Task RunAsync_Watermarks_TheLatestIsSavedWithTheCheckpointAndNeverMovesBack()
    {
        var t = PostBuilder.Epoch;
        SourceItem[] items = [Post(1), Watermarks.Complete("1", t.AddHours(2)), Post(2), Watermarks.Complete("2", t.AddHours(1)), Post(3)];

        await CreateSut().RunAsync(new ListPostSource("feed", items), new IngestRun());
        await CreateSut().RunAsync(new ListPostSource("feed", [Post(4)]), new IngestRun { Resume = false });

        var saved = await Checkpoints.GetAsync("feed");
        Assert.Equal("4", saved!.Position);
        Assert.Equal(t.AddHours(2), saved.CompleteThrough);
    }

    [Fact]
    public async Task RunAsync_FileStoppedEarly_IsReportedApartFromSkippedRecordsAndWhatCameBeforeIsStored()
    {
        SourceItem[] items = [Post(1), Post(2), SourceItem.Malformed("3", "not JSON"), Post(4), SourceItem.Stopped("4", "cut.gz: truncated", ReadProblem.Truncated)];
        var reported = new List<MalformedRecord>();

        var result = await CreateSut().RunAsync(new ListPostSource("file", items), new IngestRun { OnMalformed = reported.Add });

        Assert.Equal((3L, 1L, 4L), (result.Stored, result.Malformed, result.Read));
        Assert.Equal(ReadProblem.Truncated, result.Stopped!.Problem);
        Assert.Equal("3", Assert.Single(reported).Position);
        Assert.Equal("4", (await Checkpoints.GetAsync("file"))!.Position);
    }

    [Fact]
    public async Task RunAsync_CappedRecord_IsStoredCountedAndReported()
    {
        var capped = SourceItem.Of("1", PostBuilder.Create(id: "p1")) with { Capped = new CappedRecord("1", "f.jsonl:1", ["text"]) };
        var reported = new List<CappedRecord>();

        var result = await CreateSut().RunAsync(new ListPostSource("file", [capped, Post(2)]), new IngestRun { OnCapped = reported.Add });

        Assert.Equal((2L, 1L), (result.Stored, result.Capped));
        Assert.Equal(["text"], Assert.Single(reported).Fields);
    }
}
