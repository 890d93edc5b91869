using FactBot.Core.Detection.Surge;

namespace FactBot.Core.Tests.Detection.Surge;

public sealed class RingTagsTests
{
    [Theory]
    [InlineData(1, 192)]
    [InlineData(2, 7)]
    public void Indexer_RandomWrites_ReadBackAsAByteArrayWould(int seed, int capacity)
    {
        var random = new Random(seed);
        var model = new byte[capacity];
        var sut = new RingTags(capacity);

        for (var i = 0; i < 5_000; i++)
        {
            var (slot, tag) = (random.Next(capacity), (byte)random.Next(4));
            sut[slot] = tag;
            model[slot] = tag;
            Assert.Equal(model, Enumerable.Range(0, capacity).Select(s => sut[s]));
        }
    }
}
