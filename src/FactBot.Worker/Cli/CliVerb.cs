namespace FactBot.Worker.Cli;

internal enum CliVerb
{
    Run,
    Demo,
    Import,
    Replay,
    LabelsImport,
    Coordination,
    DemoGenerate,
    Console,
    Help,
}
