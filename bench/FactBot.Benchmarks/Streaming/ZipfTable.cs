namespace FactBot.Benchmarks.Streaming;

/// <summary>Draws ranks 0..n−1 with probability ∝ 1/(rank + 10): a few busy targets and a long quiet tail.</summary>
internal sealed class ZipfTable
{
    private readonly double[] _cumulative;

    public ZipfTable(int n)
    {
        _cumulative = new double[n];
        var sum = 0.0;
        for (var i = 0; i < n; i++)
            _cumulative[i] = sum += 1.0 / (i + 10);
        for (var i = 0; i < n; i++)
            _cumulative[i] /= sum;
    }

    public int Draw(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index < 0 ? ~index : index, _cumulative.Length - 1);
    }
}
