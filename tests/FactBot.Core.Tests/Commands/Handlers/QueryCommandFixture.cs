using FactBot.Core.Alerts;
using FactBot.Core.Commands;
using FactBot.Core.Commands.Handlers;
using FactBot.Core.Delivery;
using FactBot.Core.Detection.Surge;
using FactBot.Core.Labels;
using FactBot.Core.Posts;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.TestKit.Fakes;
using FactBot.TestKit.Posts;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FactBot.Core.Tests.Commands.Handlers;

/// <summary>
/// The five query handlers behind a real dispatcher, over in-memory stores, a real surge detector and a fake clock.
/// Commands are sent as a volunteer types them, so tests go through parsing, checking and authorisation.
/// </summary>
internal sealed class QueryCommandFixture
{
    public static readonly DateTimeOffset Start = PostBuilder.Epoch;

    private TargetMatcher _matcher = TargetMatcher.Empty;

    public FakeTimeProvider Time { get; } = new(Start);

    public InMemoryAlertStore Alerts { get; } = new();

    public InMemoryPostStore Posts { get; } = new();

    public InMemoryLabelStore Labels { get; } = new();

    public InMemoryWatchlistStore Watchlists { get; } = new();

    public InMemoryCheckpointStore Checkpoints { get; } = new();

    public VolumeSurgeDetector Surge { get; } = new(Options.Create(new SurgeOptions()));

    public RecordingChartRenderer Charts { get; } = new();

    public static DateTimeOffset Hour(double hours) => Start.AddHours(hours);

    /// <summary>The value of the one field whose name starts with <paramref name="prefix"/>.</summary>
    public static string Field(CommandReply reply, string prefix) =>
        Assert.Single(reply.Message.Fields, f => f.Name.StartsWith(prefix, StringComparison.Ordinal)).Value;

    public async Task<CommandReply> SendAsync(string text)
    {
        var parsed = TextCommandParser.Parse(text, new CommandCaller("telegram", "42", "Volunteer"), new ChatRef("telegram", "-100"), isDirectMessage: false);
        Assert.True(parsed is { IsSuccess: true }, $"'{text}' should parse");
        ICommandHandler[] handlers =
        [
            new StatusHandler(Surge, Alerts, Posts, Checkpoints, new AlertCharts(Surge, Charts), Time),
            new AlertsHandler(Alerts, Time),
            new ExplainHandler(Alerts, Posts),
            new AccountHandler(Labels, Posts, Alerts, Time),
            new TopHandler(Alerts, Watchlists, Surge, Time),
        ];
        var sut = new CommandDispatcher(handlers, new ConfiguredRoleResolver(new CommandOptions()), NullLogger<CommandDispatcher>.Instance);
        return await sut.DispatchAsync(parsed.Value.Value!);
    }

    /// <summary>Puts the targets on <c>main</c> and tells the detector, as the watchlist registry would.</summary>
    public async Task WatchAsync(params string[] targets)
    {
        var list = new Watchlist { Name = Watchlist.MainName, Targets = [.. targets.Select(t => WatchTarget.Parse(t).Value!)] };
        await Watchlists.UpsertAsync(list);
        _matcher = new TargetMatcher([list]);
        Surge.SetWatched([.. _matcher.Watched]);
    }

    /// <summary>Stores the posts and feeds them to the detector, as ingest would.</summary>
    public async Task IngestAsync(IEnumerable<Post> posts)
    {
        foreach (var post in await Posts.AddNewAsync([.. posts]))
            Surge.Observe(post, _matcher.Match(post));
    }

    /// <summary>Moves the clock and closes the bins that ended, as the bin-close job would.</summary>
    public void AdvanceTo(DateTimeOffset now)
    {
        Time.SetUtcNow(now);
        Surge.Advance(now);
    }

    /// <summary><paramref name="count"/> posts on the tag spread over the hour starting at <paramref name="hour"/>.</summary>
    public static IEnumerable<Post> PostsInHour(string tag, double hour, int count, string author = "someone", AccountLabel? label = null) =>
        Enumerable.Range(0, count).Select(i => PostBuilder.Create(author: author, at: Hour(hour).AddSeconds(i * 3600.0 / count), hashtags: [tag]) with { AuthorLabel = label });

    public static AccountLabel Label(string handle, LabelCategory category = LabelCategory.StateControlled) => new()
    {
        Platform = "tiktok",
        Handle = handle,
        Category = category,
        Country = "RU",
        Source = "test-list@1",
        EvidenceUrl = $"https://example.org/labels/{handle}",
    };

    public static Alert NewAlert(
        string id,
        string target = "#donbas",
        AlertKind kind = AlertKind.VolumeSurge,
        DateTimeOffset? updated = null,
        AlertStatus status = AlertStatus.Open,
        IReadOnlyDictionary<string, double>? signals = null,
        AlertEvidence? evidence = null)
    {
        var at = updated ?? Start;
        return new Alert
        {
            Id = id,
            Kind = kind,
            Target = WatchTarget.Parse(target).Value!,
            OpenedAt = at.AddHours(-1),
            UpdatedAt = at,
            ClosedAt = status == AlertStatus.Closed ? at : null,
            WindowStart = at.AddHours(-1),
            WindowEnd = at,
            Status = status,
            Severity = Severity.Medium,
            Confidence = 0.7,
            Signals = signals ?? new Dictionary<string, double> { ["count"] = 30, ["expected"] = 10, ["ratio"] = 3, ["p"] = 1e-6 },
            Evidence = evidence ?? AlertEvidence.Empty,
            Explanation = $"{target} fired.",
        };
    }
}
