using System.Text;

namespace FactBot.Benchmarks.Infrastructure;

/// <summary>bench/RESULTS.md: one "## name" section per bench; a run replaces its own section and keeps the others.</summary>
internal static class ResultsFile
{
    private const string Header =
        "# Bench results\n\n" +
        "Written by `dotnet run -c Release --project bench/FactBot.Benchmarks -- <bench>`; each bench replaces its own\n" +
        "section. Machine and date are in each section's first line.\n";

    public static void Upsert(string path, string name, string body)
    {
        var lines = File.Exists(path) ? File.ReadAllLines(path).ToList() : [.. Header.TrimEnd('\n').Split('\n')];
        var heading = "## " + name;
        var start = lines.FindIndex(l => l.TrimEnd() == heading);
        var section = $"{heading}\n\n{body.TrimEnd('\n')}\n".Split('\n').ToList();
        if (start < 0)
        {
            if (lines.Count > 0 && lines[^1].Length > 0)
                lines.Add("");

            lines.AddRange(section);
        }
        else
        {
            var end = lines.FindIndex(start + 1, l => l.StartsWith("## ", StringComparison.Ordinal));
            end = end < 0 ? lines.Count : end;
            lines.RemoveRange(start, end - start);
            lines.InsertRange(start, section);
        }

        var text = new StringBuilder().AppendJoin('\n', lines).ToString().TrimEnd('\n') + "\n";
        File.WriteAllText(path, text);
    }
}
