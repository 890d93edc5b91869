using System.Globalization;
using System.Text;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;

namespace FactBot.Sources.Coordination;

/// <summary>
/// Writes a batch result as CSV in CooRTweet's columns and number format (<c>fwrite</c>'s): <c>pairs.csv</c>
/// sorted by (object_id, content_id, content_id_y), <c>edges.csv</c> by (from, to), and <c>groups.csv</c>.
/// </summary>
public static class CoordinationCsvWriter
{
    public const string PairsFile = "pairs.csv";
    public const string EdgesFile = "edges.csv";
    public const string GroupsFile = "groups.csv";

    private static readonly UTF8Encoding Utf8NoBom = new(false);

    /// <summary>Writes the three files into <paramref name="directory"/> (created if missing).</summary>
    public static Result WriteAll(string directory, BatchCoordinationResult result)
    {
        try
        {
            Directory.CreateDirectory(directory);
            Write(Path.Combine(directory, PairsFile), w => WritePairs(w, result.Pairs));
            Write(Path.Combine(directory, EdgesFile), w => WriteEdges(w, result.Network));
            Write(Path.Combine(directory, GroupsFile), w => WriteGroups(w, result.Network));
            return Result.Ok();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new InvalidArgument("out", $"Cannot write to {directory}: {e.Message}");
        }
    }

    /// <summary><c>object_id,content_id,content_id_y,time_delta,account_id,account_id_y</c>.</summary>
    public static void WritePairs(TextWriter writer, IReadOnlyList<CoSharePair> pairs)
    {
        var sorted = pairs.ToArray();
        Array.Sort(sorted, static (x, y) =>
        {
            var c = string.CompareOrdinal(x.ObjectId, y.ObjectId);
            if (c == 0)
                c = string.CompareOrdinal(x.ContentId, y.ContentId);

            return c != 0 ? c : string.CompareOrdinal(x.ContentIdY, y.ContentIdY);
        });

        writer.Write("object_id,content_id,content_id_y,time_delta,account_id,account_id_y\n");
        foreach (var p in sorted)
        {
            writer.Write(Field(p.ObjectId));
            writer.Write(',');
            writer.Write(Field(p.ContentId));
            writer.Write(',');
            writer.Write(Field(p.ContentIdY));
            writer.Write(',');
            writer.Write(RNumberFormat.Format(p.TimeDelta));
            writer.Write(',');
            writer.Write(Field(p.AccountId));
            writer.Write(',');
            writer.Write(Field(p.AccountIdY));
            writer.Write('\n');
        }
    }

    /// <summary>
    /// <c>from,to,weight,avg_time_delta,n_content_id,n_content_id_y,edge_symmetry_score,weight_threshold</c>
    /// (weight_threshold is 1 for a coordinated edge, else 0).
    /// </summary>
    public static void WriteEdges(TextWriter writer, CoordinationNetwork network)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write("from,to,weight,avg_time_delta,n_content_id,n_content_id_y,edge_symmetry_score,weight_threshold\n");
        foreach (var e in network.Edges)
        {
            writer.Write(Field(e.From));
            writer.Write(',');
            writer.Write(Field(e.To));
            writer.Write(',');
            writer.Write(e.Weight.ToString(c));
            writer.Write(',');
            writer.Write(RNumberFormat.Format(e.AvgTimeDelta));
            writer.Write(',');
            writer.Write(e.NContentId.ToString(c));
            writer.Write(',');
            writer.Write(e.NContentIdY.ToString(c));
            writer.Write(',');
            writer.Write(RNumberFormat.Format(e.EdgeSymmetryScore));
            writer.Write(e.IsCoordinated ? ",1\n" : ",0\n");
        }
    }

    /// <summary><c>group,account,coordinated_degree</c>, by group then account.</summary>
    public static void WriteGroups(TextWriter writer, CoordinationNetwork network)
    {
        var c = CultureInfo.InvariantCulture;
        writer.Write("group,account,coordinated_degree\n");
        foreach (var group in network.Groups)
        {
            foreach (var member in group.Members)
            {
                writer.Write(group.Number.ToString(c));
                writer.Write(',');
                writer.Write(Field(member.Account));
                writer.Write(',');
                writer.Write(member.CoordinatedDegree.ToString(c));
                writer.Write('\n');
            }
        }
    }

    // fwrite's quote = "auto": quote only a field that needs it.
    private static string Field(string value) =>
        value.AsSpan().IndexOfAny(",\"\n\r") < 0 ? value : "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static void Write(string path, Action<TextWriter> write)
    {
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        using var writer = new StreamWriter(stream, Utf8NoBom, 1 << 16);
        write(writer);
    }
}
