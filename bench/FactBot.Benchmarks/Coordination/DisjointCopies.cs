using System.Globalization;
using System.Text;

namespace FactBot.Benchmarks.Coordination;

/// <summary>
/// Writes n disjoint copies of a CooRTweet CSV: copy k prefixes every object, account and content id with
/// "k{k}_", so copies share nothing and the result must be exactly n times the single-copy result.
/// </summary>
internal static class DisjointCopies
{
    private static readonly string[] IdColumns = ["object_id", "account_id", "content_id"];

    public static int Write(string input, string output, int copies)
    {
        var lines = File.ReadAllLines(input);
        var header = lines[0].Split(',');
        var idColumns = IdColumns.Select(c => Array.IndexOf(header, c)).ToHashSet();
        using var writer = new StreamWriter(output, false, new UTF8Encoding(false), 1 << 16);
        writer.Write(lines[0]);
        writer.Write('\n');
        var rows = 0;
        for (var k = 1; k <= copies; k++)
        {
            var prefix = string.Create(CultureInfo.InvariantCulture, $"k{k}_");
            foreach (var line in lines.Skip(1).Where(l => l.Length > 0))
            {
                var fields = line.Split(',');
                for (var i = 0; i < fields.Length; i++)
                {
                    if (i > 0)
                        writer.Write(',');

                    if (idColumns.Contains(i))
                        writer.Write(prefix);

                    writer.Write(fields[i]);
                }

                writer.Write('\n');
                rows++;
            }
        }

        return rows;
    }
}
