using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

/// <summary>Hand-derived cases, one quirk of CooRTweet's detect_groups each.</summary>
public sealed class CoShareDetectorTests
{
    private static CoShareRow Row(string obj, string account, string content, long t) => new(obj, account, content, t);

    private static List<CoSharePair> Detect(IEnumerable<CoShareRow> rows, int window = 10, int min = 2) =>
        CoShareDetector.DetectGroups(
                CoShareTable.FromRows(rows),
                new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(window), MinParticipation = min })
            .ToList();

    [Fact]
    public void DetectGroups_DeltaEqualToWindow_IsInclusive()
    {
        var rows = new[] { Row("o1", "a", "a1", 0), Row("o1", "b", "b1", 10), Row("o2", "a", "a2", 50), Row("o2", "b", "b2", 61) };

        var sut = Detect(rows, min: 1);

        var pair = Assert.Single(sut);
        Assert.Equal(new CoSharePair("o1", "a1", "b1", 10, "a", "b"), pair);
    }

    [Fact]
    public void DetectGroups_NewerRowFirstInInput_OrientsOlderFirst()
    {
        var rows = new[] { Row("o1", "b", "b1", 7), Row("o1", "a", "a1", 3) };

        var pair = Assert.Single(Detect(rows, min: 1));

        Assert.Equal(new CoSharePair("o1", "a1", "b1", 4, "a", "b"), pair);
    }

    [Fact]
    public void DetectGroups_SameSecond_KeepsAccountFirstAppearanceOrderNotInputOrNameOrder()
    {
        // "z" appears first (row 0), so after step 1 its rows come before "a"'s even though "a" shares o1 first
        // in the input and sorts first by name. (min 1: with one pair nobody reaches 2 co-shared rows.)
        var rows = new[]
        {
            Row("o9", "z", "z9", 0), Row("o1", "a", "a1", 50), Row("o1", "z", "z1", 50), Row("o8", "a", "a8", 900),
        };

        var pair = Assert.Single(Detect(rows, min: 1));

        Assert.Equal(new CoSharePair("o1", "z1", "a1", 0, "z", "a"), pair);
    }

    [Fact]
    public void DetectGroups_DuplicatedRow_CountsTowardsMinParticipation()
    {
        // "b" has one distinct share, written twice: two rows, so step 1 keeps it, and both copies count in step 4
        // (b qualifies with b1 twice; a, with a single co-shared row, does not).
        var rows = new[]
        {
            Row("o1", "a", "a1", 0), Row("o1", "b", "b1", 2), Row("o1", "b", "b1", 2), Row("o2", "a", "a2", 500),
        };

        var sut = Detect(rows);

        // Both copies of b1 pair with a1; b1–b1 is the same content and account, so it is dropped.
        Assert.Equal(2, sut.Count);
        Assert.All(sut, p => Assert.Equal(new CoSharePair("o1", "a1", "b1", 2, "a", "b"), p));
    }

    [Fact]
    public void DetectGroups_AccountBelowMinParticipation_IsDroppedBeforePairing()
    {
        var rows = new[] { Row("o1", "a", "a1", 0), Row("o1", "b", "b1", 2), Row("o2", "a", "a2", 500) };

        Assert.Empty(Detect(rows));
        Assert.Single(Detect(rows, min: 1));
    }

    [Fact]
    public void DetectGroups_Loops_AreRemoved()
    {
        var rows = new[]
        {
            Row("o1", "a", "o1", 0), // the original post itself: object_id == content_id
            Row("o1", "b", "b1", 1),
            Row("o2", "a", "a2", 100), Row("o2", "a", "a2b", 101), // same account
            Row("o3", "a", "dup", 200), Row("o3", "b", "dup", 201), // same content id
            Row("o4", "a", "a4", 300), Row("o4", "b", "b4", 302), // a real pair
        };

        var pair = Assert.Single(Detect(rows, min: 1));

        Assert.Equal(new CoSharePair("o4", "a4", "b4", 2, "a", "b"), pair);
    }

    [Fact]
    public void DetectGroups_OnlyOneSideQualifies_KeepsPairBecauseRefinementIsOr()
    {
        // a co-shares o1 with b and o2 with c: a has 2 rows among the co-shared contents, b and c one each.
        // d and e co-share o3 and have 1 such row each: neither side qualifies.
        var rows = new[]
        {
            Row("o1", "a", "a1", 0), Row("o1", "b", "b1", 5), Row("o2", "a", "a2", 100), Row("o2", "c", "c2", 105),
            Row("o9", "b", "b9", 1_000), Row("o8", "c", "c8", 2_000),
            Row("o3", "d", "d3", 3_000), Row("o3", "e", "e3", 3_002), Row("o7", "d", "d7", 4_000), Row("o6", "e", "e6", 5_000),
        };

        var sut = Detect(rows).Select(p => p.ContentId + "-" + p.ContentIdY).Order(StringComparer.Ordinal);

        Assert.Equal(["a1-b1", "a2-c2"], sut);
    }

    [Fact]
    public void DetectGroups_MinParticipationZero_SkipsTheRefinement()
    {
        var rows = new[] { Row("o3", "d", "d3", 0), Row("o3", "e", "e3", 2) };

        Assert.Single(Detect(rows, min: 0));
        Assert.Empty(Detect(rows, min: 2));
    }

    [Fact]
    public void DetectGroups_ThreeSharesInWindow_PairsEveryCombinationOnce()
    {
        var rows = new[] { Row("o1", "c", "c1", 4), Row("o1", "a", "a1", 0), Row("o1", "b", "b1", 9) };

        var sut = Detect(rows, min: 1).Select(p => $"{p.ContentId}-{p.ContentIdY}:{p.TimeDelta}").Order(StringComparer.Ordinal);

        Assert.Equal(["a1-b1:9", "a1-c1:4", "c1-b1:5"], sut);
    }
}
