using FactBot.Core.Watchlists;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class AuditHandlerTests : IDisposable
{
    private readonly AdminCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Audit_AfterAdminChanges_ShowsThemNewestFirstWithBeforeAndAfter()
    {
        await _f.SetUpAsync("/watch add #donbas");
        _f.Time.Advance(TimeSpan.FromMinutes(5));
        await _f.SetUpAsync("/watchlist set main floor 5");

        var reply = await _f.AdminAsync("/audit");

        var summary = reply.Message.Summary;
        Assert.True(reply.Ephemeral);
        Assert.Equal("Admin changes (last 2)", reply.Message.Title);
        Assert.StartsWith("2022-03-01 00:05 UTC · telegram:1 (Alice) in telegram:-100\nwatchlist set main floor\n", summary, StringComparison.Ordinal);
        Assert.Contains("  before: 10 (default)\n  after: 5", summary, StringComparison.Ordinal);
        Assert.Contains("2022-03-01 00:00 UTC", summary, StringComparison.Ordinal);
        Assert.Contains("watch add #donbas in main\n  before: —\n  after: {\"target\":\"#donbas\",\"platforms\":\"all\"}", summary, StringComparison.Ordinal);
        Assert.True(summary.IndexOf("watchlist set", StringComparison.Ordinal) < summary.IndexOf("watch add", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Audit_WithLimit_ShowsOnlyThatMany()
    {
        await _f.SetUpAsync("/watch add #a", "/watch add #b", "/watch add #c");

        var reply = await _f.AdminAsync("/audit limit:2");

        Assert.Contains("#c in main", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("#b in main", reply.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("#a in main", reply.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_PlainUser_IsRefused()
    {
        await _f.SetUpAsync("/watch add #a");

        var reply = await _f.UserAsync("/audit");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.DoesNotContain("#a", reply.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_NothingYet_SaysSo()
    {
        var reply = await _f.AdminAsync("/audit");

        Assert.Equal("No admin changes yet", reply.Message.Title);
    }

    [Fact]
    public async Task Audit_LargeChanges_AreCutToFitOneMessage()
    {
        for (var i = 0; i < 30; i++)
        {
            var targets = Enumerable.Range(0, 200).Select(t => new WatchTarget(TargetKind.Hashtag, $"list{i}tag{t}")).ToList();
            await _f.Watchlists.UpsertAsync(new Watchlist { Name = $"list{i}", Targets = targets });
            await _f.SetUpAsync($"/watchlist delete list{i}");
        }

        var reply = await _f.AdminAsync("/audit limit:30");

        Assert.True(reply.Message.Summary.Length <= 3800, $"summary is {reply.Message.Summary.Length} characters");
        Assert.Contains("…", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Contains("older entries did not fit", reply.Message.Footer, StringComparison.Ordinal);
        Assert.Contains("watchlist delete list29", reply.Message.Summary, StringComparison.Ordinal);
    }
}
