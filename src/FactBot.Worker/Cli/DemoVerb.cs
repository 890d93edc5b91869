using FactBot.Core.Delivery;
using FactBot.Core.Digests;
using FactBot.Core.Subscriptions;
using FactBot.Core.Watchlists;
using FactBot.Sources.Import;
using FactBot.Worker.Delivery;
using FactBot.Worker.Hosting;
using FactBot.Worker.Replay;
using FactBot.Worker.Seeding;
using Microsoft.Extensions.Options;

namespace FactBot.Worker.Cli;

/// <summary>
/// The newcomer's first meeting with FactBot: the bundled fist-bump dataset replayed on a virtual clock into an
/// in-memory store, its alerts and a digest printed here.
/// </summary>
internal sealed class DemoVerb(
    StartupSeeder seeder,
    ReplayRunner replay,
    DigestService digests,
    OutboxDispatcher dispatcher,
    IOptions<WorkerOptions> options,
    ContentRoot root,
    ConsoleOutput console,
    TimeProvider time)
{
    public const string DatasetFile = "fistbump.factbot.jsonl.gz";

    public async Task<int> RunAsync(CliCommand command, CancellationToken ct)
    {
        var folder = root.Resolve(options.Value.DemoFolder);
        var dataset = Path.Combine(folder, DatasetFile);
        var output = console.Writer;
        var source = PostFileSources.Open(dataset, time);
        if (!source.IsSuccess)
        {
            await console.Error.WriteLineAsync($"error: the demo dataset cannot be read: {source.Error.Message} (Worker:DemoFolder is '{folder}')");
            return 1;
        }

        await output.WriteLineAsync("FactBot demo: no platform token is set, so FactBot replays its bundled dataset");
        await output.WriteLineAsync($"({dataset}) on a virtual clock and prints alerts here. Set FACTBOT__Telegram__Token or");
        await output.WriteLineAsync("FACTBOT__Discord__Token to run for real; see README.md.");
        await output.WriteLineAsync();

        await seeder.SeedAsync(Path.Combine(folder, "watchlists.json"), Path.Combine(folder, "labels.csv"), consoleSubscription: true, ct: ct);
        var malformed = 0;
        // The demo is shown as fast as possible unless a speed is asked for, whatever the configured default.
        // Plain lines: the demo prints alerts as it goes, which a live bar would draw over.
        var display = new ProgressDisplay("demo", console.Error, TimeProvider.System, terminal: false);
        var result = await display.RunAsync(
            source.Value.Id["file:".Length..], progress => replay.RunAsync(source.Value, command.Speed is > 0 ? command.Speed : null, _ => malformed++, progress, ct), ct);

        await digests.SendAsync(new Subscription { Chat = ChatRef.Console, Watchlist = Watchlist.MainName, SendEmptyDigest = true }, ct);
        await dispatcher.DrainAsync(ct);
        await output.WriteLineAsync($"Demo finished: {result.Stored:N0} posts replayed ({malformed} unreadable), virtual time now {time.GetUtcNow():yyyy-MM-dd HH:mm} UTC.");
        await output.WriteLineAsync("Try: dotnet run --project src/FactBot.Worker -- replay config/demo/fistbump.factbot.jsonl.gz --alerts-out alerts.jsonl");
        return 0;
    }
}
