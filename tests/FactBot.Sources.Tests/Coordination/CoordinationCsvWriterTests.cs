using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Sources.Coordination;

namespace FactBot.Sources.Tests.Coordination;

public sealed class CoordinationCsvWriterTests
{
    [Fact]
    public void WritePairs_Unsorted_SortsByObjectContentContentYAndQuotesWhenNeeded()
    {
        CoSharePair[] pairs =
        [
            new("o2", "c1", "c2", 3, "a", "b"),
            new("o1", "c9", "c1", 100000, "a,x", "b"),
            new("o1", "c3", "c4", 0, "a", "b\"q"),
        ];
        var sut = new StringWriter();

        CoordinationCsvWriter.WritePairs(sut, pairs);

        Assert.Equal(
            "object_id,content_id,content_id_y,time_delta,account_id,account_id_y\n" +
            "o1,c3,c4,0,a,\"b\"\"q\"\n" +
            "o1,c9,c1,1e+05,\"a,x\",b\n" +
            "o2,c1,c2,3,a,b\n",
            sut.ToString());
    }

    [Fact]
    public void WriteEdges_Network_WritesRNumbersAndThresholdFlag()
    {
        var network = new CoordinationNetwork(
            [new CoordinationEdge("a", "b", 3, 11.0 / 3, 2, 3, 2.0 / 3, true), new CoordinationEdge("a", "c", 1, 5, 1, 1, 1, false)],
            3, 1, []);
        var sut = new StringWriter();

        CoordinationCsvWriter.WriteEdges(sut, network);

        Assert.Equal(
            "from,to,weight,avg_time_delta,n_content_id,n_content_id_y,edge_symmetry_score,weight_threshold\n" +
            "a,b,3,3.66666666666667,2,3,0.666666666666667,1\n" +
            "a,c,1,5,1,1,1,0\n",
            sut.ToString());
    }

    [Fact]
    public void WriteGroups_Groups_WritesOneLinePerMember()
    {
        var network = new CoordinationNetwork(
            [], 0, 1,
            [
                new CoordinationGroup(1, [new CoordinationGroupMember("a", 2), new CoordinationGroupMember("b", 1)]),
                new CoordinationGroup(2, [new CoordinationGroupMember("c", 1)]),
            ]);
        var sut = new StringWriter();

        CoordinationCsvWriter.WriteGroups(sut, network);

        Assert.Equal("group,account,coordinated_degree\n1,a,2\n1,b,1\n2,c,1\n", sut.ToString());
    }

    [Fact]
    public void WriteAll_UnwritableDirectory_ReturnsError()
    {
        var file = Path.GetTempFileName();
        try
        {
            var result = BatchCoordination.Run([new CoShareRow("o", "a", "c", 0)], new BatchCoordinationParameters()).Value!;

            var sut = CoordinationCsvWriter.WriteAll(Path.Combine(file, "sub"), result);

            Assert.False(sut.IsSuccess);
            Assert.Contains(file, sut.Error!.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
