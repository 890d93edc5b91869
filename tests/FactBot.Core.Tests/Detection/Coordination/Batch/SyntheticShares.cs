using FactBot.Core.Detection.Coordination.Batch;

namespace FactBot.Core.Tests.Detection.Coordination.Batch;

/// <summary>
/// Seeded random share rows dense in the cases the reference quirks are about: same-second ties, duplicated rows,
/// loops (content id = object id), content ids reused by another row, and account names whose ordinal order
/// differs from their order of first appearance.
/// </summary>
internal static class SyntheticShares
{
    private static readonly string[] AccountNames = ["m", "c", "x", "a", "q", "f", "z", "b", "k", "t", "e", "w"];

    public static List<CoShareRow> Create(int seed, int rows, int accounts = 10, int objects = 6, int timeSpan = 40)
    {
        var rng = new Random(seed);
        var result = new List<CoShareRow>(rows);
        for (var i = 0; i < rows; i++)
        {
            var roll = rng.NextDouble();
            if (roll < 0.05 && result.Count > 0)
            {
                result.Add(result[rng.Next(result.Count)]); // an exact duplicate row
                continue;
            }

            var obj = "o" + rng.Next(objects);
            var account = AccountNames[rng.Next(Math.Min(accounts, AccountNames.Length))];
            var content = roll switch
            {
                < 0.10 => obj, // a loop: the original post itself
                < 0.13 when result.Count > 0 => result[rng.Next(result.Count)].ContentId, // a reused content id
                < 0.15 => "o" + rng.Next(objects), // a content id that is some object's id
                _ => "c" + i,
            };
            result.Add(new CoShareRow(obj, account, content, rng.Next(timeSpan)));
        }

        return result;
    }
}
