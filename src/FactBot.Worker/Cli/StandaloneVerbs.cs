using FactBot.Sources.Demo;

namespace FactBot.Worker.Cli;

/// <summary>Verbs that are plain computations: no host, no store, fast start.</summary>
internal static class StandaloneVerbs
{
    public static async Task<int> RunAsync(CliCommand command, TextWriter output, TextWriter error)
    {
        switch (command.Verb)
        {
            case CliVerb.Coordination:
                return await Coordination.CoordinationVerb.RunAsync([.. command.Args], output, error, CancellationToken.None);
            case CliVerb.DemoGenerate:
                if (command.OutDir is null)
                    return Usage.Fail("demo generate needs --out DIR", error);
                var scenario = command.Seed is { } seed ? DemoScenario.Default with { Seed = seed } : DemoScenario.Default;
                new DemoDatasetGenerator(scenario).WriteTo(command.OutDir);
                await output.WriteLineAsync($"Wrote the demo dataset (seed {scenario.Seed}) to {command.OutDir}.");
                return 0;
            default:
                await output.WriteLineAsync(Usage.Text);
                return 0;
        }
    }
}
