using FactBot.Benchmarks.Coordination;
using FactBot.Benchmarks.Infrastructure;

// dotnet run -c Release --project bench/FactBot.Benchmarks -- <bench> [--no-record]
// A bench is one class implementing IBench plus one line here.
IBench[] benches =
[
    new CoordinationBench(),
    new FactBot.Benchmarks.Commands.CommandsBench(),
    new FactBot.Benchmarks.Streaming.StreamingBench(),
    new FactBot.Benchmarks.Streaming.LateStreamingBench(),
    new FactBot.Benchmarks.Demo.DemoBench(),
    new FactBot.Benchmarks.Startup.StartupBench(),
    new FactBot.Benchmarks.Import.ImportBench(),
];

return await BenchRunner.RunAsync(benches, args, Console.Out, CancellationToken.None);
