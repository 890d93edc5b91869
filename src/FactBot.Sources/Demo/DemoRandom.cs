namespace FactBot.Sources.Demo;

/// <summary>
/// Seeded draws for the demo generator. Only +, *, / and comparisons are used on doubles (no Math.Exp/Log/Pow),
/// because those are IEEE-exact everywhere while libm results may differ in the last bit between platforms,
/// and the bundled file must regenerate byte for byte.
/// </summary>
internal sealed class DemoRandom(int seed, int stream)
{
    // Independent streams, so adding posts to one part of the story does not reshuffle the others.
    private readonly Random _random = new(unchecked((seed * 7919) + (stream * 104_729)));

    public int Next(int maxExclusive) => _random.Next(maxExclusive);

    public int Next(int minInclusive, int maxExclusive) => _random.Next(minInclusive, maxExclusive);

    public double NextDouble() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    /// <summary>A factor uniformly in [1 - spread, 1 + spread].</summary>
    public double Jitter(double spread) => 1 - spread + (2 * spread * _random.NextDouble());

    public T Pick<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>Poisson draw (Knuth), split into chunks so exp(-mean) never underflows.</summary>
    public int Poisson(double mean)
    {
        var total = 0;
        var remaining = mean;
        while (remaining > 0)
        {
            var chunk = Math.Min(remaining, 20.0);
            total += KnuthPoisson(chunk);
            remaining -= chunk;
        }

        return total;
    }

    /// <summary>Index drawn with probability proportional to its weight; <paramref name="cumulative"/> is increasing.</summary>
    public int PickWeighted(IReadOnlyList<double> cumulative)
    {
        var target = _random.NextDouble() * cumulative[^1];
        var low = 0;
        var high = cumulative.Count - 1;
        while (low < high)
        {
            var mid = (low + high) / 2;
            if (cumulative[mid] > target)
                high = mid;
            else
                low = mid + 1;
        }

        return low;
    }

    public static double[] Cumulative(IEnumerable<double> weights)
    {
        var sum = 0.0;
        return [.. weights.Select(w => sum += w)];
    }

    private int KnuthPoisson(double mean)
    {
        var limit = ExpNegative(mean);
        var count = -1;
        var product = 1.0;
        do
        {
            count++;
            product *= _random.NextDouble();
        }
        while (product > limit);

        return count;
    }

    /// <summary>e^-x for 0 ≤ x ≤ 20: Taylor series on x/64, then squared six times.</summary>
    internal static double ExpNegative(double x)
    {
        var y = -x / 64;
        var term = 1.0;
        var sum = 1.0;
        for (var n = 1; n <= 24; n++)
        {
            term *= y / n;
            sum += term;
        }

        for (var i = 0; i < 6; i++)
            sum *= sum;

        return sum;
    }
}
