using FactBot.Core.Detection.StateMedia;
using FactBot.TestKit.Posts;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class BinActivityTests
{
    private static readonly DateTimeOffset Bin0 = new(2024, 5, 9, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(500)]
    public void SlotCountAndFirst_FewOrManyPostsInAnyOrder_AgreeWithThePostTimes(int posts)
    {
        var random = new Random(posts);
        var times = Enumerable.Range(0, posts).Select(_ => Bin0 + TimeSpan.FromTicks(random.NextInt64(Hour.Ticks))).ToList();
        var sut = new BinActivity(Bin0, Hour);

        foreach (var at in times)
            sut.Add(PostBuilder.Create(at: at), labelled: false);

        for (var slot = 0; slot < BinActivity.Slots; slot++)
        {
            var inSlot = times.Where(t => (int)((t - Bin0).Ticks * BinActivity.Slots / Hour.Ticks) == slot).ToList();
            Assert.Equal(inSlot.Count, sut.SlotCount(slot));
            Assert.Equal(inSlot.Count == 0 ? null : inSlot.Min(), sut.SlotFirst(slot));
        }

        Assert.Equal(posts, sut.Unlabelled);
    }

    [Fact]
    public void SlotFirst_PostOutsideTheBin_CountsInTheNearestEdgeSlot()
    {
        var sut = new BinActivity(Bin0, Hour);

        sut.Add(PostBuilder.Create(at: Bin0 - TimeSpan.FromMinutes(5)), labelled: false);
        sut.Add(PostBuilder.Create(at: Bin0 + TimeSpan.FromMinutes(90)), labelled: false);

        Assert.Equal(1, sut.SlotCount(0));
        Assert.Equal(1, sut.SlotCount(BinActivity.Slots - 1));
        Assert.Equal(Bin0 - TimeSpan.FromMinutes(5), sut.SlotFirst(0));
    }
}
