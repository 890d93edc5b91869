using System.Globalization;
using FactBot.Core.Detection.Coordination.Batch;
using FactBot.Core.Results;

namespace FactBot.Worker.Cli.Coordination;

/// <summary>The options of <c>factbot coordination</c>, parsed; errors name the offending option.</summary>
internal sealed record CoordinationArguments
{
    public const string Usage = """
        usage: factbot coordination --input FILE [--time-window S] [--min-participation N] [--edge-weight Q] [--out DIR]

          --input FILE            CSV with columns object_id,account_id,content_id,timestamp_share (Unix seconds)
          --time-window S         co-share window in seconds, inclusive (default 10)
          --min-participation N   minimum shares per account (default 2)
          --edge-weight Q         quantile of edge weights an edge must exceed, 0-1 (default 0.5 = median)
          --out DIR               write pairs.csv, edges.csv and groups.csv there (default: summary only)

        Reproduces CooRTweet 2.1.3 detect_groups + generate_coordinated_network; groups are the connected
        components of the edges above the threshold.
        """;

    /// <summary>The CSV to read. Stored-posts input will add its own option beside this one.</summary>
    public string? InputPath { get; init; }

    public string? OutDirectory { get; init; }

    public BatchCoordinationParameters Parameters { get; init; } = new();

    /// <summary>--help was asked for.</summary>
    public bool Help { get; init; }

    /// <summary>Parses the arguments after the verb (a leading "coordination" is tolerated).</summary>
    public static Result<CoordinationArguments> Parse(IReadOnlyList<string> args)
    {
        var result = new CoordinationArguments();
        var start = args.Count > 0 && args[0] == "coordination" ? 1 : 0;
        for (var i = start; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h")
                return result with { Help = true };

            // Both "--name value" and "--name=value".
            var equals = arg.IndexOf('=', StringComparison.Ordinal);
            var name = arg.StartsWith("--", StringComparison.Ordinal) && equals > 0 ? arg[..equals] : arg;
            string? value = equals > 0 && name.Length < arg.Length ? arg[(equals + 1)..] : null;
            if (!IsOption(name))
                return new InvalidArgument(arg, $"unknown option '{arg}'");

            if (value is null)
            {
                if (i + 1 >= args.Count || IsOption(args[i + 1]))
                    return new InvalidArgument(name, $"option '{name}' needs a value");

                value = args[++i];
            }

            var applied = Apply(result, name, value);
            if (!applied.IsSuccess)
                return applied.Error;

            result = applied.Value;
        }

        if (result.InputPath is null)
            return new InvalidArgument("--input", "option '--input' is required (the CSV to analyse)");

        return result;
    }

    private static bool IsOption(string name) =>
        name is "--input" or "--time-window" or "--min-participation" or "--edge-weight" or "--out";

    private static Result<CoordinationArguments> Apply(CoordinationArguments a, string name, string value)
    {
        var c = CultureInfo.InvariantCulture;
        switch (name)
        {
            case "--input":
                return a with { InputPath = value };
            case "--out":
                return a with { OutDirectory = value };
            case "--time-window":
                if (!double.TryParse(value, NumberStyles.Float, c, out var seconds) || !(seconds >= 0) || seconds > 1e9)
                    return new InvalidArgument(name, $"--time-window takes a number of seconds >= 0, not '{value}'");

                return a with { Parameters = a.Parameters with { TimeWindow = TimeSpan.FromSeconds(seconds) } };
            case "--min-participation":
                if (!int.TryParse(value, NumberStyles.None, c, out var min))
                    return new InvalidArgument(name, $"--min-participation takes a whole number >= 0, not '{value}'");

                return a with { Parameters = a.Parameters with { MinParticipation = min } };
            default:
                if (!double.TryParse(value, NumberStyles.Float, c, out var q) || !(q >= 0 && q <= 1))
                    return new InvalidArgument(name, $"--edge-weight takes a quantile between 0 and 1, not '{value}'");

                return a with { Parameters = a.Parameters with { EdgeWeight = q } };
        }
    }
}
