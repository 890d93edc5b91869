using FactBot.Core.Labels;

namespace FactBot.Core.Tests.Commands.Handlers;

public sealed class LabelHandlerTests : IDisposable
{
    private readonly AdminCommandFixture _f = new();

    public void Dispose() => _f.Dispose();

    [Fact]
    public async Task Add_Admin_StoresANormalisedLabelWithTheAdminAsSourceAndReloadsTheIndex()
    {
        var reply = await _f.AdminAsync("/label add @RT_com TikTok country:ru evidence:https://example.org/rt");

        Assert.Equal("Labelled tiktok @rt_com", reply.Message.Title);
        Assert.Equal(["https://example.org/rt"], reply.Message.Links);
        var label = await _f.Labels.GetAsync("tiktok", "rt_com");
        Assert.NotNull(label);
        Assert.Equal(LabelCategory.StateControlled, label.Category);
        Assert.Equal("RU", label.Country);
        Assert.Equal("admin:telegram:1 (Alice)", label.Source);
        Assert.Same(label, _f.LabelIndex.Find("tiktok", "rt_com", _f.Time.GetUtcNow()));
        var entry = Assert.Single(_f.Audit.Entries);
        Assert.Equal(("label add", "tiktok:rt_com"), (entry.Action, entry.Subject));
        Assert.Null(entry.Before);
        Assert.Equal(
            """{"category":"state-controlled","country":"RU","evidence":"https://example.org/rt","source":"admin:telegram:1 (Alice)"}""",
            entry.After);
    }

    [Theory]
    [InlineData("/label add rt_com tiktok evidence:ftp://example.org/rt", "'evidence' must be an http(s) link")]
    [InlineData("/label add rt_com tiktok evidence:example.org/rt", "'evidence' must be an http(s) link")]
    [InlineData("/label add rt_com tiktok evidence:javascript:alert(1)", "'evidence' must be an http(s) link")]
    [InlineData("/label add rt_com myspace", "'platform' has an unknown platform 'myspace'")]
    [InlineData("/label add @ tiktok", "'handle' must be one account handle")]
    [InlineData("/label add rt_com tiktok category:pirate", "'category' must be one of")]
    public async Task Add_BadValue_GetsAUsageReplyNamingTheProblemAndChangesNothing(string command, string expected)
    {
        var reply = await _f.AdminAsync(command);

        Assert.Equal("That command needs fixing", reply.Message.Title);
        Assert.Contains(expected, reply.Message.Summary, StringComparison.Ordinal);
        Assert.StartsWith("Usage: /label add", reply.Message.Footer, StringComparison.Ordinal);
        Assert.Empty(await _f.Labels.ListAsync());
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Add_PlainUser_IsRefusedAndChangesNothing()
    {
        var reply = await _f.UserAsync("/label add rt_com tiktok");

        Assert.Equal("Not allowed", reply.Message.Title);
        Assert.Empty(await _f.Labels.ListAsync());
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task Add_SameLabelAgain_SaysSoWithoutAudit()
    {
        await _f.SetUpAsync("/label add rt_com tiktok category:government country:RU");

        var reply = await _f.AdminAsync("/label add @rt_com tiktok category:government country:ru");

        Assert.Equal("tiktok @rt_com is already labelled so", reply.Message.Title);
        Assert.Single(_f.Audit.Entries);
    }

    [Fact]
    public async Task Add_DifferentCategory_ReplacesTheLabelAndAuditsTheOldOne()
    {
        await _f.Labels.UpsertAsync([new AccountLabel { Platform = "tiktok", Handle = "rt_com", Category = LabelCategory.StateControlled, Source = "asd-matrix@1" }]);
        await _f.LabelIndex.ReloadAsync();

        var reply = await _f.AdminAsync("/label add rt_com tiktok category:state-funded");

        Assert.Contains("asd-matrix@1", reply.Message.Summary, StringComparison.Ordinal);
        Assert.Equal(LabelCategory.StateFundedIndependent, _f.LabelIndex.Find("tiktok", "rt_com", _f.Time.GetUtcNow())!.Category);
        var entry = Assert.Single(_f.Audit.Entries);
        Assert.Equal("""{"category":"state-controlled","source":"asd-matrix@1"}""", entry.Before);
        Assert.Contains("state-funded (independent)", entry.After, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Remove_Labelled_RemovesItFromStoreAndIndexAndAuditsIt()
    {
        await _f.SetUpAsync("/label add rt_com tiktok", "/label add sputnik telegram");

        var reply = await _f.AdminAsync("/label remove @RT_COM tiktok");

        Assert.Equal("Removed the label of tiktok @rt_com", reply.Message.Title);
        Assert.Null(await _f.Labels.GetAsync("tiktok", "rt_com"));
        Assert.Null(_f.LabelIndex.Find("tiktok", "rt_com", _f.Time.GetUtcNow()));
        Assert.NotNull(_f.LabelIndex.Find("telegram", "sputnik", _f.Time.GetUtcNow()));
        var entry = _f.Audit.Entries[^1];
        Assert.Equal(("label remove", "tiktok:rt_com"), (entry.Action, entry.Subject));
        Assert.Contains("state-controlled", entry.Before, StringComparison.Ordinal);
        Assert.Null(entry.After);
    }

    [Fact]
    public async Task Remove_NotLabelled_SaysSoWithoutAudit()
    {
        var reply = await _f.AdminAsync("/label remove rt_com tiktok");

        Assert.Equal("tiktok @rt_com has no label", reply.Message.Title);
        Assert.Empty(_f.Audit.Entries);
    }

    [Fact]
    public async Task List_ByPlatform_ShowsOnlyThatPlatformCappedWithACountOfTheRest()
    {
        var labels = Enumerable.Range(0, 35)
            .Select(i => new AccountLabel { Platform = "tiktok", Handle = $"acc{i:00}", Category = LabelCategory.Government, Source = "list" })
            .Append(new AccountLabel { Platform = "telegram", Handle = "sputnik", Category = LabelCategory.StateControlled, Source = "list" })
            .ToList();
        await _f.Labels.UpsertAsync(labels);

        var reply = await _f.UserAsync("/label list platform:TikTok");

        Assert.Equal("Labelled accounts on tiktok (35)", reply.Message.Title);
        Assert.StartsWith("tiktok @acc00 · government · list\n", reply.Message.Summary, StringComparison.Ordinal);
        Assert.EndsWith("tiktok @acc29 · government · list\nand 5 more", reply.Message.Summary, StringComparison.Ordinal);
        Assert.DoesNotContain("sputnik", reply.Message.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_Empty_SaysHowToAddOne()
    {
        var reply = await _f.UserAsync("/label list");

        Assert.Equal("No labelled accounts", reply.Message.Title);
        Assert.Contains("/label add", reply.Message.Summary, StringComparison.Ordinal);
    }
}
