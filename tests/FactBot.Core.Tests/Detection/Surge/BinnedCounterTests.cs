using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class BinnedCounterTests
{
    [Fact]
    public void Add_SameBinTwice_CountsBoth()
    {
        var sut = new BinnedCounter(10);

        sut.Add(1000);
        sut.Add(1000, 4);

        Assert.Equal(5, sut.CountAt(1000));
    }

    [Fact]
    public void CountAt_GapBetweenBins_ReadsZero()
    {
        var sut = new BinnedCounter(10);
        sut.Add(1000, 3);
        sut.Add(1004, 2);

        Assert.Equal([3, 0, 0, 0, 2], Enumerable.Range(1000, 5).Select(b => sut.CountAt(b)));
    }

    [Fact]
    public void Add_BinOlderThanTheRing_IsRejected()
    {
        var sut = new BinnedCounter(10);
        sut.Add(1000);

        var added = sut.Add(990);

        Assert.False(added);
        Assert.Equal(0, sut.CountAt(990));
        Assert.Equal(1, sut.CountAt(1000));
    }

    [Fact]
    public void Add_LateBinInsideTheRing_IsCounted()
    {
        var sut = new BinnedCounter(10);
        sut.Add(1000);

        var added = sut.Add(991, 7);

        Assert.True(added);
        Assert.Equal(7, sut.CountAt(991));
        Assert.Equal(1000, sut.Head);
    }

    [Fact]
    public void Grow_KeepsEveryHeldBinAndThenHoldsOlderOnes()
    {
        var sut = new BinnedCounter(10);
        for (var bin = 1000; bin < 1013; bin++)
        {
            sut.Add(bin, bin - 990);
            sut.RecordExpected(bin, bin / 10.0, BaselineKind.ColdStart);
        }

        sut.Grow(16);
        var older = sut.Add(998, 5);

        Assert.Equal(16, sut.Capacity);
        Assert.True(older);
        Assert.Equal(5, sut.CountAt(998));
        Assert.Equal(Enumerable.Range(1003, 10).Select(b => b - 990), Enumerable.Range(1003, 10).Select(b => sut.CountAt(b)));
        Assert.Equal(Enumerable.Range(1003, 10).Select(b => (double?)(float)(b / 10.0)), Enumerable.Range(1003, 10).Select(b => sut.ExpectedAt(b)));
        Assert.Equal(BaselineKind.ColdStart, sut.KindAt(1012));
        Assert.Equal(0, sut.CountAt(1002)); // left the ring before it grew
    }

    [Fact]
    public void Add_HeadMovesPastTheRing_ForgetsOldBinsAndReusesSlotsClean()
    {
        var sut = new BinnedCounter(10);
        for (var bin = 1000; bin < 1010; bin++)
            sut.Add(bin, bin - 990);

        sut.Add(1013, 1);

        Assert.Equal(0, sut.CountAt(1003)); // forgotten (slot reused)
        Assert.Equal(14, sut.CountAt(1004)); // still held
        Assert.Equal(0, sut.CountAt(1010)); // gap slot was cleared, not the old 1000's count
        Assert.Equal(1, sut.CountAt(1013));
    }

    [Fact]
    public void Add_JumpFarAhead_ClearsEverySlot()
    {
        var sut = new BinnedCounter(4);
        for (var bin = 0; bin < 4; bin++)
            sut.Add(bin, 9);

        sut.Add(1_000_000);

        Assert.All(Enumerable.Range(999_997, 3), b => Assert.Equal(0, sut.CountAt(b)));
    }

    [Fact]
    public void Add_CountPastAByte_WidensTheRingWithoutLosingAnyCount()
    {
        var sut = new BinnedCounter(8);
        for (var bin = 100; bin < 108; bin++)
            sut.Add(bin, bin - 90);

        sut.Add(105, 250);
        sut.Add(106, int.MaxValue);
        sut.Add(107, 3);

        Assert.True(sut.WideCounts);
        Assert.Equal([10, 11, 12, 13, 14, 265, int.MaxValue, 20], Enumerable.Range(100, 8).Select(b => sut.CountAt(b)));
        Assert.True(sut.Add(108, 1));
        Assert.Equal([11, 12, 13, 14, 265, int.MaxValue, 20, 1], Enumerable.Range(101, 8).Select(b => sut.CountAt(b)));
    }

    [Fact]
    public void Add_CountsThatFitAByte_KeepTheNarrowRing()
    {
        var sut = new BinnedCounter(8);
        for (var i = 0; i < 255; i++)
            sut.Add(100);

        Assert.False(sut.WideCounts);
        Assert.Equal(255, sut.CountAt(100));
    }

    [Fact]
    public void HistoryStart_IsTheEarliestBinSeenOrMarked()
    {
        var sut = new BinnedCounter(10);
        sut.Add(1005);
        sut.Add(1003);
        sut.MarkStart(1004);

        Assert.Equal(1003, sut.HistoryStart);
    }

    [Fact]
    public void RecordExpected_ReadsBackWithItsKind()
    {
        var sut = new BinnedCounter(10);
        sut.Add(1000, 3);

        sut.RecordExpected(1000, 2.5, BaselineKind.Seasonal);
        sut.RecordExpected(1001, 4, null);

        Assert.Equal(2.5, sut.ExpectedAt(1000));
        Assert.Equal(BaselineKind.Seasonal, sut.KindAt(1000));
        Assert.Equal(4, sut.ExpectedAt(1001));
        Assert.Null(sut.KindAt(1001));
        Assert.Null(sut.ExpectedAt(999));
    }

    [Fact]
    public void RecordExpected_SlotReused_OldExpectationGone()
    {
        var sut = new BinnedCounter(4);
        sut.RecordExpected(10, 3, BaselineKind.ColdStart);

        sut.Add(14);

        Assert.Null(sut.ExpectedAt(14));
        Assert.Null(sut.ExpectedAt(10));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(-24)]
    [InlineData(-7)]
    [InlineData(25)]
    public void CopyCounts_AnyStepAcrossTheRing_ReadsWhatCountAtReads(int step)
    {
        var random = new Random(step + 100);
        var sut = new BinnedCounter(192);
        for (var bin = 1000L; bin < 1400; bin += 1 + random.Next(3))
            sut.Add(bin, random.Next(4));
        Span<int> counts = stackalloc int[12];

        for (var first = 1000L; first < 1500; first += 7)
        {
            sut.CopyCounts(first, step, counts);

            Assert.Equal(Enumerable.Range(0, 12).Select(i => sut.CountAt(first + ((long)i * step))), counts.ToArray());
        }
    }

    [Fact]
    public void CopyCounts_EmptyRingOrOnlyBinsAfterTheRange_ReadsZeros()
    {
        var sut = new BinnedCounter(48);
        Span<int> counts = [9, 9, 9];

        sut.CopyCounts(100, 1, counts);
        Assert.Equal([0, 0, 0], counts.ToArray());

        sut.Add(110, 5);
        counts.Fill(9);
        sut.CopyCounts(100, 1, counts);
        Assert.Equal([0, 0, 0], counts.ToArray());
        Assert.Equal(5, sut.CountAt(110));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Reads_AfterRandomCountsRecordsAndJumps_MatchAPlainModelOfTheLastCapacityBins(int seed)
    {
        const int Capacity = 12;
        var random = new Random(seed);
        var sut = new BinnedCounter(Capacity);
        var counts = new Dictionary<long, int>();
        var expected = new Dictionary<long, double>();
        long? head = null;
        var bin = 500L;
        for (var step = 0; step < 3_000; step++)
        {
            bin += random.Next(10) switch { 0 => 40, < 4 => 1, < 6 => 0, _ => -random.Next(14) };
            var isHeld = head is not { } h || bin > h - Capacity;
            if (random.Next(3) == 0)
            {
                var value = 0.5 + random.Next(9);
                sut.RecordExpected(bin, value, BaselineKind.ColdStart);
                if (isHeld)
                    expected[bin] = (float)value;
            }
            else
            {
                var amount = random.Next(1, 4);
                Assert.Equal(isHeld, sut.Add(bin, amount));
                if (isHeld)
                    counts[bin] = counts.GetValueOrDefault(bin) + amount;
            }

            if (isHeld)
                head = Math.Max(head ?? bin, bin);
            foreach (var old in counts.Keys.Where(b => b <= head - Capacity).ToList())
                counts.Remove(old);
            foreach (var old in expected.Keys.Where(b => b <= head - Capacity).ToList())
                expected.Remove(old);

            for (var b = head!.Value - Capacity - 2; b <= head + 2; b++)
            {
                Assert.Equal(counts.GetValueOrDefault(b), sut.CountAt(b));
                Assert.Equal(expected.TryGetValue(b, out var e) ? e : null, sut.ExpectedAt(b));
            }
        }
    }
}
