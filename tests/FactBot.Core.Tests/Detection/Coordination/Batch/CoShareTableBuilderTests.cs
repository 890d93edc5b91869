using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class CoShareTableBuilderTests
{
    [Fact]
    public void Add_Spans_InternLikeStringsAndMarkContentEqualToItsObjectAsLoop()
    {
        var sut = new CoShareTableBuilder();

        sut.Add("o1".AsSpan(), "a".AsSpan(), "o1".AsSpan(), 1);
        sut.Add("o2", "a", "o1", 2);
        sut.Add("o2".AsSpan(), "кот".AsSpan(), "c".AsSpan(), 3);
        var table = sut.Build();

        Assert.Equal([true, false, false], table.Loops.ToArray());
        Assert.Equal(table.ContentIds[0], table.ContentIds[1]);
        Assert.Equal(new CoShareRow("o2", "кот", "c", 3), table[2]);
    }

    [Fact]
    public void Add_AfterBuild_Throws()
    {
        var sut = new CoShareTableBuilder();
        sut.Build();

        Assert.Throws<ObjectDisposedException>(() => sut.Add("o", "a", "c", 1));
    }
}
