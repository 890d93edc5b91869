using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

/// <summary>The fast detector and network against the literal all-pairs reference, on seeded random inputs.</summary>
public sealed class CoShareDetectorReferenceTests
{
    public static TheoryData<int, int, int, int> Cases()
    {
        var data = new TheoryData<int, int, int, int>();
        var windows = new[] { 0, 3, 10, 60 };
        var minimums = new[] { 0, 1, 2, 3 };
        for (var seed = 1; seed <= 24; seed++)
            data.Add(seed, 60 + (seed * 7), windows[seed % 4], minimums[(seed / 4) % 4]);

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void DetectGroups_RandomRows_EqualsAllPairsReferenceInROrderIncludingTies(int seed, int rows, int window, int min)
    {
        var input = SyntheticShares.Create(seed, rows);
        var parameters = new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(window), MinParticipation = min };

        var sut = CoShareDetector.DetectGroups(CoShareTable.FromRows(input), parameters);

        var expected = BruteForceCooRTweet.DetectGroups(input, window, min);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, sut);
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void Build_RandomRows_EqualsReferenceNetwork(int seed, int rows, int window, int min)
    {
        var input = SyntheticShares.Create(seed, rows, accounts: 6, objects: 12);
        var parameters = new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(window), MinParticipation = min };
        var edgeWeight = (seed % 5) / 4.0;
        var pairs = CoShareDetector.DetectGroups(CoShareTable.FromRows(input), parameters);

        var sut = CoordinatedNetworkBuilder.Build(pairs, edgeWeight);

        var expected = BruteForceCooRTweet.Network(BruteForceCooRTweet.DetectGroups(input, window, min), edgeWeight);
        Assert.Equal(expected, sut.Edges);
        var components = BruteForceCooRTweet.Components(expected);
        Assert.Equal(
            components.Select(c => string.Join(' ', c.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal),
            sut.Groups.Select(g => string.Join(' ', g.Members.Select(m => m.Account))).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void DetectGroups_OneHugeTiedObject_EqualsReference()
    {
        // 1,100 shares of one object within 10 seconds: ~600k candidate pairs, ~170k within the window.
        var rng = new Random(7);
        var input = Enumerable.Range(0, 1100)
            .Select(i => new CoShareRow("o", "a" + rng.Next(300), "c" + i, 1_000 + rng.Next(10)))
            .ToList();
        var parameters = new BatchCoordinationParameters { TimeWindow = TimeSpan.FromSeconds(1) };

        var sut = CoShareDetector.DetectGroups(CoShareTable.FromRows(input), parameters);

        var expected = BruteForceCooRTweet.DetectGroups(input, 1, 2);
        Assert.True(expected.Count > 100_000);
        Assert.Equal(expected, sut);
    }
}
