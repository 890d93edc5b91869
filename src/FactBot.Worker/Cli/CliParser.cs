using System.Globalization;
using FactBot.Core.Results;

namespace FactBot.Worker.Cli;

/// <summary>Parses the command line into a <see cref="CliCommand"/>, or says which argument is wrong.</summary>
internal static class CliParser
{
    public static Result<CliCommand> Parse(IReadOnlyList<string> args)
    {
        if (args.Count == 0)
            return new CliCommand(CliVerb.Run);
        var rest = args.Skip(1).ToList();
        return args[0] switch
        {
            "run" => NoArguments(CliVerb.Run, rest),
            "help" or "--help" or "-h" => new CliCommand(CliVerb.Help),
            "import" => WithFile(CliVerb.Import, rest),
            "replay" => WithFile(CliVerb.Replay, rest),
            "labels" when rest.FirstOrDefault() == "import" => WithFile(CliVerb.LabelsImport, rest.Skip(1).ToList()),
            "labels" => new InvalidArgument("labels", "'labels' takes a sub-verb: labels import <file> [--version V]"),
            "coordination" => new CliCommand(CliVerb.Coordination) { Args = rest },
            "console" => rest switch
            {
                [] => new CliCommand(CliVerb.Console),
                ["--as-user"] => new CliCommand(CliVerb.Console) { AsUser = true },
                _ => new InvalidArgument(rest[0], $"'{rest[0]}' is not an option of console (only --as-user)"),
            },
            "demo" when rest.FirstOrDefault() == "generate" => Options(new CliCommand(CliVerb.DemoGenerate), rest.Skip(1).ToList()),
            "demo" => Options(new CliCommand(CliVerb.Demo), rest),
            _ => new InvalidArgument("verb", $"unknown verb '{args[0]}'"),
        };
    }

    private static Result<CliCommand> NoArguments(CliVerb verb, List<string> rest) =>
        rest.Count == 0 ? new CliCommand(verb) : new InvalidArgument(rest[0], $"'{rest[0]}' is not an option of this verb");

    private static Result<CliCommand> WithFile(CliVerb verb, List<string> rest)
    {
        if (rest.Count == 0 || rest[0].StartsWith("--", StringComparison.Ordinal))
            return new InvalidArgument("file", "a file to read is required");
        return Options(new CliCommand(verb) { File = Path.GetFullPath(rest[0]) }, rest.Skip(1).ToList());
    }

    private static Result<CliCommand> Options(CliCommand command, List<string> rest)
    {
        for (var i = 0; i < rest.Count; i++)
        {
            var name = rest[i];
            if (i + 1 >= rest.Count)
                return new InvalidArgument(name, $"'{name}' needs a value");
            var value = rest[++i];
            var next = Apply(command, name, value);
            if (!next.IsSuccess)
                return next;
            command = next.Value;
        }

        return command;
    }

    private static Result<CliCommand> Apply(CliCommand command, string name, string value) => (command.Verb, name) switch
    {
        (CliVerb.Replay or CliVerb.Demo, "--speed") => ParseSpeed(value) is { IsSuccess: true } speed
            ? command with { Speed = speed.Value }
            : new InvalidArgument(name, $"--speed takes a positive number or 'max', not '{value}'"),
        (CliVerb.Replay, "--alerts-out") => command with { AlertsOut = Path.GetFullPath(value) },
        (CliVerb.LabelsImport, "--version") => command with { Version = value },
        (CliVerb.DemoGenerate, "--out") => command with { OutDir = Path.GetFullPath(value) },
        (CliVerb.DemoGenerate, "--seed") => int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
            ? command with { Seed = seed }
            : new InvalidArgument(name, $"--seed takes a whole number, not '{value}'"),
        _ => new InvalidArgument(name, $"'{name}' is not an option of this verb"),
    };

    /// <summary>0 stands for "max" (as fast as possible).</summary>
    private static Result<double> ParseSpeed(string value)
    {
        if (string.Equals(value, "max", StringComparison.OrdinalIgnoreCase))
            return 0d;
        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var speed) && speed > 0 && double.IsFinite(speed)
            ? speed
            : new InvalidArgument("--speed", "not a positive number");
    }
}
