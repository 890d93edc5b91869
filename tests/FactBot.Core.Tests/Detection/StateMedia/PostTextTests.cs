using FactBot.Core.Detection.StateMedia;

namespace FactBot.Core.Tests.Detection.StateMedia;

public sealed class PostTextTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Read_AnyIdsLinksAndPlatforms_GivesBackEachExactlyAlsoAfterCompaction(int seed)
    {
        var random = new Random(seed);
        var items = Enumerable.Range(0, 200).Select(_ => RandomItem(random)).ToList();
        var sut = new PostText();

        var starts = items.Select(i => sut.Add(i.Platform, i.Id, i.Link)).ToList();
        var copy = new PostText();
        var kept = starts.Where((_, i) => i % 3 == 0).Select(start => copy.CopyFrom(sut, start)).ToList();

        Assert.Equal(items, starts.Select(sut.Read));
        Assert.Equal(items.Where((_, i) => i % 3 == 0), kept.Select(copy.Read));
        Assert.Equal(kept.Zip(kept.Skip(1).Append(copy.Length), (a, b) => b - a), kept.Select(copy.SizeAt));
    }

    [Fact]
    public void Add_LinkHoldingTheId_StoresTheIdOnce()
    {
        var sut = new PostText();
        const string Id = "7300000000000000123";

        sut.Add(null, Id, $"https://www.tiktok.com/@someone/video/{Id}");

        Assert.InRange(sut.Length, 1, 4 + Id.Length + "https://www.tiktok.com/@someone/video/".Length);
    }

    private static (string? Platform, string Id, string? Link) RandomItem(Random random)
    {
        var id = random.Next(6) switch { 0 => "", 1 => "ид" + random.Next(99), _ => random.NextInt64(1L << 60).ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var link = random.Next(7) switch
        {
            0 => null,
            1 => "",
            2 => $"https://example.org/{id}/{id}",
            3 => $"https://ex.рф/{random.Next(9)}",
            _ => $"https://www.tiktok.com/@u{random.Next(99)}/video/{id}",
        };
        var platform = random.Next(5) switch { 0 => "x", 1 => "ютуб", _ => null };
        return (platform, id, link);
    }
}
