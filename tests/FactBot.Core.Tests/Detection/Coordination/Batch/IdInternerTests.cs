using System.Text;
using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

public sealed class IdInternerTests
{
    [Fact]
    public void Intern_RepeatedAndNewIds_NumbersByFirstAppearance()
    {
        var sut = new IdInterner();

        int[] ids = [sut.Intern("b"u8), sut.Intern("a"u8), sut.Intern("b"u8), sut.Intern("c"), sut.Intern("a")];

        Assert.Equal([0, 1, 0, 2, 1], ids);
        Assert.Equal(3, sut.Count);
    }

    [Fact]
    public void Intern_ManyIds_SurviveGrowthAndRoundTrip()
    {
        var sut = new IdInterner();
        var values = Enumerable.Range(0, 20_000).Select(i => $"{i * 7919:x32}").ToList();

        var ids = values.Select(v => sut.Intern(Encoding.UTF8.GetBytes(v))).ToList();

        Assert.Equal(Enumerable.Range(0, values.Count), ids);
        Assert.Equal(values, ids.Select(sut.GetString));
        Assert.Equal(ids, values.Select(sut.Intern));
    }

    [Fact]
    public void Intern_NonAsciiAndEmptyAndLong_RoundTrip()
    {
        var sut = new IdInterner();
        string[] values = ["", "ü", "кот", "🐈", new string('x', 1000), "x"];

        var ids = values.Select(sut.Intern).ToList();

        Assert.Equal(values.Length, ids.Distinct().Count());
        Assert.Equal(values, ids.Select(sut.GetString));
        Assert.Equal(Encoding.UTF8.GetBytes("🐈"), sut.GetUtf8(ids[3]).ToArray());
        Assert.Equal(ids[2], sut.Intern(Encoding.UTF8.GetBytes("кот")));
    }
}
