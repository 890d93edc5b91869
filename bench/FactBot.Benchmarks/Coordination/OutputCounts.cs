namespace FactBot.Benchmarks.Coordination;

/// <summary>What a factbot coordination run wrote: pairs, edges, coordinated edges, groups, coordinated accounts, largest group.</summary>
internal sealed record OutputCounts(int Pairs, int Edges, int CoordinatedEdges, int Groups, int Accounts, int Largest)
{
    public static OutputCounts Read(string directory)
    {
        var pairs = DataLines(Path.Combine(directory, "pairs.csv")).Count;
        var edges = DataLines(Path.Combine(directory, "edges.csv"));
        var members = DataLines(Path.Combine(directory, "groups.csv")).Select(l => l[..l.IndexOf(',', StringComparison.Ordinal)]).ToList();
        var sizes = members.GroupBy(g => g).Select(g => g.Count()).ToList();
        return new OutputCounts(
            pairs, edges.Count, edges.Count(l => l.EndsWith(",1", StringComparison.Ordinal)), sizes.Count, members.Count,
            sizes.DefaultIfEmpty(0).Max());
    }

    public OutputCounts Times(int n) =>
        new(Pairs * n, Edges * n, CoordinatedEdges * n, Groups * n, Accounts * n, Largest);

    public override string ToString() =>
        $"{Pairs:N0} pairs, {Edges:N0} edges, {CoordinatedEdges:N0} coordinated, {Groups:N0} groups / {Accounts:N0} accounts (largest {Largest})";

    private static List<string> DataLines(string path) =>
        File.ReadLines(path).Skip(1).Where(l => l.Length > 0).ToList();
}
