using System.Globalization;

namespace FactBot.Sources.Demo;

/// <summary>
/// The ordinary accounts of the background: fictional handles built from word lists, each with a region and an
/// activity weight. Weights fall off like 1/(1 + rank/50), so a few accounts post daily and most a handful of times.
/// </summary>
internal sealed class OrganicAccountPool
{
    private static readonly string[] Adjectives =
    [
        "sunny", "lazy", "happy", "wild", "quiet", "brave", "tiny", "cosmic", "golden", "silver", "rusty", "fuzzy",
        "salty", "sleepy", "crispy", "lucky", "misty", "rapid", "gentle", "bold", "clever", "dizzy", "electric",
        "frosty", "humble", "jolly", "lunar", "mellow", "noisy", "polar", "retro", "shiny", "spicy", "urban", "velvet",
        "witty", "zesty", "cloudy", "stormy", "honey",
    ];

    private static readonly string[] Nouns =
    [
        "otter", "panda", "falcon", "maple", "river", "pixel", "noodle", "comet", "tiger", "cactus", "pebble", "lynx",
        "mango", "rocket", "badger", "willow", "harbor", "meadow", "biscuit", "koala", "walrus", "lemon", "raven",
        "acorn", "beetle", "canyon", "dolphin", "ember", "fjord", "gecko", "hazel", "island", "jelly", "kiwi",
        "lantern", "moose", "nectar", "orchid", "puffin", "quokka",
    ];

    private static readonly string[] Regions = ["GB", "DE", "PL", "FR", "UA", "RO", "IT", "US", "NL", "ES", "CZ", "LT"];

    private readonly string[] _handles;
    private readonly string[] _regions;
    private readonly double[] _cumulativeActivity;

    public OrganicAccountPool(int count, IReadOnlySet<string> reserved, DemoRandom random)
    {
        var handles = new List<string>(count);
        var seen = new HashSet<string>(reserved, StringComparer.Ordinal);
        while (handles.Count < count)
        {
            var handle = MakeHandle(random);
            if (seen.Add(handle))
                handles.Add(handle);
        }

        _handles = [.. handles];
        _regions = [.. handles.Select(_ => random.Pick(Regions))];
        _cumulativeActivity = DemoRandom.Cumulative(Enumerable.Range(0, count).Select(rank => 1.0 / (1 + (rank / 50.0))));
    }

    public int Count => _handles.Length;

    public string Handle(int index) => _handles[index];

    public string Region(int index) => _regions[index];

    /// <summary>An account drawn by activity: busy accounts come up more often.</summary>
    public int PickByActivity(DemoRandom random) => random.PickWeighted(_cumulativeActivity);

    /// <summary>Any account with equal chance, as for people joining a trend.</summary>
    public int PickUniform(DemoRandom random) => random.Next(_handles.Length);

    private static string MakeHandle(DemoRandom random)
    {
        var adjective = random.Pick(Adjectives);
        var noun = random.Pick(Nouns);
        var number = random.Next(1000).ToString(CultureInfo.InvariantCulture);
        return random.Next(4) switch
        {
            0 => $"{adjective}_{noun}_{number}",
            1 => $"{adjective}{noun}{number}",
            2 => $"{noun}.{adjective}{number}",
            _ => $"the_{adjective}_{noun}{number}",
        };
    }
}
